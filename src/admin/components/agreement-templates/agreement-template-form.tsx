import { Button, Container, Heading, Hint, Input, Label, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useRef, useState } from "react"
import {
  type AgreementTemplateInput,
  useAgreementTemplatePreview,
} from "../../hooks/agreement-templates"
import { errorMessage } from "../../lib/errors"
import { languageName } from "../../lib/languages"
import { LanguageField } from "../common/language-select"
import { AgreementPreviewBlocks } from "./agreement-preview"
import { insertAtSelection } from "./insert-at-selection"
import { VariablePicker } from "./variable-picker"

const NAME_MAX_LENGTH = 200

function nameProblem(name: string): string | null {
  if (!name.trim()) return "Give the template a name"
  if (name.trim().length > NAME_MAX_LENGTH) {
    return `Keep the name to ${NAME_MAX_LENGTH} characters`
  }
  return null
}

type AgreementTemplateFormProps = {
  initial: AgreementTemplateInput
  submitLabel: string
  isSubmitting: boolean
  /** Shown above the fields, e.g. that saving creates a new version. */
  notice?: ReactNode
  onSubmit: (values: AgreementTemplateInput) => Promise<void>
  onCancel: () => void
}

type Text = { name: string; body: string }

/** The key of the default text among the texts the form edits (languages are "de", "fr"). */
const DEFAULT = ""

/** The texts to edit: the default one and each translation, by language. */
const textsOf = (input: AgreementTemplateInput): Record<string, Text> => ({
  ...input.translations,
  [DEFAULT]: { name: input.name, body: input.body },
})

/** A language's text counts as a version once either field has something in it. */
const isWritten = (text: Text | undefined) => !!text && !!(text.name.trim() || text.body.trim())

/** What the form saves: the default text and the translations that are written. */
function inputOf(texts: Record<string, Text>): AgreementTemplateInput {
  const translations = Object.fromEntries(
    Object.entries(texts)
      .filter(([language, text]) => language !== DEFAULT && isWritten(text))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, text]) => [language, { name: text.name.trim(), body: text.body }])
  )
  return {
    name: texts[DEFAULT].name.trim(),
    body: texts[DEFAULT].body,
    translations: Object.keys(translations).length ? translations : null,
  }
}

/** The body uses {{signer.name}} or {{signer.email}}, which stay placeholders until signing. */
const usesSignerVariables = (body: string) => /\{\{\s*signer\.(name|email)\s*\}\}/.test(body)

/**
 * Name, body, variable picker and a live preview. The server checks the body
 * as the author types, so an unknown variable shows before saving, and Save
 * stays off until it is fixed.
 */
export const AgreementTemplateForm = ({
  initial,
  submitLabel,
  isSubmitting,
  notice,
  onSubmit,
  onCancel,
}: AgreementTemplateFormProps) => {
  // The default text and one per language (docs/ARCHITECTURE.md, "Languages"): a quote in a
  // language with a version is shown and signed in it, any other in the default text.
  const [texts, setTexts] = useState<Record<string, Text>>(() => textsOf(initial))
  const [language, setLanguage] = useState<string | null>(null)
  const editing = language ?? DEFAULT
  const { name, body } = texts[editing] ?? { name: "", body: "" }
  const initialText = textsOf(initial)[editing] ?? { name: "", body: "" }
  const setText = (change: Partial<Text>) =>
    setTexts((all) => ({
      ...all,
      [editing]: { ...{ name: "", body: "" }, ...all[editing], ...change },
    }))
  const setName = (next: string) => setText({ name: next })
  const setBody = (next: string) => setText({ body: next })
  const [nameTouched, setNameTouched] = useState(false)
  const [submitAttempted, setSubmitAttempted] = useState(false)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const { preview, invalidReason, failure, isUpdating } = useAgreementTemplatePreview({
    name,
    body,
  })

  // A language without a version yet is no error: it simply has none.
  const unwritten = language !== null && !isWritten({ name, body })
  const nameError = unwritten ? null : nameProblem(name)
  const showNameError = (nameTouched || submitAttempted) && nameError !== null
  // An untouched, empty body is not an error yet: the author has not started.
  const showBodyError =
    !unwritten && invalidReason !== null && (body !== initialText.body || submitAttempted)
  const isDirty = JSON.stringify(inputOf(texts)) !== JSON.stringify(inputOf(textsOf(initial)))
  // A name problem is explained when Save is pressed; a body problem is already on screen.
  const saveDisabled = !isDirty || (!unwritten && invalidReason !== null) || isSubmitting

  const insertVariable = (placeholder: string) => {
    const textarea = bodyRef.current
    const { text, cursor } = insertAtSelection(
      body,
      {
        start: textarea?.selectionStart ?? body.length,
        end: textarea?.selectionEnd ?? body.length,
      },
      placeholder
    )
    setBody(text)
    requestAnimationFrame(() => {
      textarea?.focus()
      textarea?.setSelectionRange(cursor, cursor)
    })
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitAttempted(true)
    if (saveDisabled || nameError) return
    // A language's version needs its name and its text: show the first one that lacks either.
    const incomplete = Object.entries(texts).find(
      ([key, text]) =>
        key !== DEFAULT && isWritten(text) && (!!nameProblem(text.name) || !text.body.trim())
    )
    if (incomplete) {
      setLanguage(incomplete[0])
      return
    }
    await onSubmit(inputOf(texts))
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3" noValidate>
      {notice}
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <Container className="flex flex-col gap-y-6 px-6 py-4">
          <LanguageField
            id="agreement-template-language"
            value={language}
            onChange={(next) => {
              setLanguage(next)
              setNameTouched(false)
            }}
            noneLabel="Default text (every other language)"
            hint={
              language
                ? `Quotes in ${languageName(language)} show and sign this version; leave it empty to use the default text for them.`
                : "The text for quotes in any language without its own version. Pick a language to write its version."
            }
          />
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="agreement-template-name" size="small" weight="plus">
              Name
            </Label>
            <Input
              id="agreement-template-name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              onBlur={() => setNameTouched(true)}
              aria-invalid={showNameError}
              aria-describedby={showNameError ? "agreement-template-name-error" : undefined}
              placeholder="Supply agreement"
            />
            {showNameError && (
              <Hint variant="error" id="agreement-template-name-error">
                {nameError}
              </Hint>
            )}
          </div>
          <div className="flex flex-col gap-y-2">
            <Label htmlFor="agreement-template-body" size="small" weight="plus">
              Agreement text
            </Label>
            <Text size="small" className="text-ui-fg-subtle" id="agreement-template-body-help">
              Separate paragraphs with a blank line. Variables are written as {"{{name}}"} and are
              filled in for each buyer; {"{{quote.items}}"} becomes the table of items.
            </Text>
            <Textarea
              id="agreement-template-body"
              ref={bodyRef}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              rows={18}
              className="font-mono"
              aria-invalid={showBodyError}
              aria-describedby={
                showBodyError
                  ? "agreement-template-body-help agreement-template-body-error"
                  : "agreement-template-body-help"
              }
            />
            {showBodyError && (
              <Hint variant="error" id="agreement-template-body-error">
                {invalidReason}
              </Hint>
            )}
          </div>
          <VariablePicker onInsert={insertVariable} />
        </Container>

        <Container className="flex flex-col gap-y-4 px-6 py-4" aria-live="polite">
          <div className="flex items-center justify-between gap-x-2">
            <Heading level="h2">Preview</Heading>
            {isUpdating && (
              <Text size="small" className="text-ui-fg-muted">
                Updating…
              </Text>
            )}
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Filled in with sample data: a made-up buyer and a quote with one optional item selected.
          </Text>
          {usesSignerVariables(body) && (
            <Text size="small" className="text-ui-fg-subtle" data-testid="signer-variables-note">
              “[the signer's name, filled in at signing]” and “[the signer's email, filled in at
              signing]” stand for {"{{signer.name}}"} and {"{{signer.email}}"}: the buyer sees them
              like this until someone signs, and the signed agreement and its PDF carry the name and
              email the signer typed, who may not be the quote’s customer.
            </Text>
          )}
          {!body.trim() ? (
            <Text size="small" className="text-ui-fg-muted">
              Write the agreement text to see it here.
            </Text>
          ) : invalidReason ? (
            <Text size="small" className="text-ui-fg-muted">
              Fix the agreement text to see the preview.
            </Text>
          ) : failure ? (
            <Text size="small" className="text-ui-fg-error">
              The preview could not be loaded: {errorMessage(failure)}
            </Text>
          ) : preview ? (
            <AgreementPreviewBlocks blocks={preview.blocks} />
          ) : null}
        </Container>
      </div>
      <div className="flex items-center justify-end gap-x-2">
        <Button type="button" variant="secondary" size="small" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="small" isLoading={isSubmitting} disabled={saveDisabled}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
