import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import {
  MAX_DOCUMENT_CAPTION_LENGTH,
  MAX_DOCUMENT_REQUEST_ITEMS,
  MAX_DOCUMENT_REQUEST_NOTE_LENGTH,
  MAX_DOCUMENT_TITLE_LENGTH,
} from "../../../shared/documents"
import type { Company } from "../../hooks/companies"
import { useRequestDocuments } from "../../hooks/documents"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { LineField } from "../common/line-field"

type ItemDraft = { key: number; name: string; description: string; due_date: string }
type Problems = { title?: string; items: Record<number, string | undefined> }

let nextKey = 0
const emptyItem = (): ItemDraft => ({ key: nextKey++, name: "", description: "", due_date: "" })

/**
 * Asks the company for named documents (docs/ARCHITECTURE.md, "Documents"): a title, a note
 * the contacts read, and the checklist, one to 50 items, each a name, a description and a
 * due date. A request the server refuses shows its sentence on top.
 */
export const RequestDocumentsDrawer = ({
  company,
  open,
  onOpenChange,
  onRequested,
}: {
  company: Company
  open: boolean
  onOpenChange: (open: boolean) => void
  /** With the new request's id: the section shows it open. */
  onRequested: (id: string) => void
}) => {
  const request = useRequestDocuments(company.id)
  const [title, setTitle] = useState("")
  const [note, setNote] = useState("")
  const [items, setItems] = useState<ItemDraft[]>(() => [emptyItem()])
  const [problems, setProblems] = useState<Problems>({ items: {} })

  const reset = () => {
    setTitle("")
    setNote("")
    setItems([emptyItem()])
    setProblems({ items: {} })
  }

  const updateItem = (key: number, change: Partial<ItemDraft>) => {
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)))
    if ("name" in change) {
      setProblems((current) => ({ ...current, items: { ...current.items, [key]: undefined } }))
    }
  }

  const save = async () => {
    const found: Problems = { items: {} }
    if (!title.trim()) found.title = "Give the request a title."
    for (const item of items) {
      if (!item.name.trim()) found.items[item.key] = "Name the document."
    }
    setProblems(found)
    if (found.title || Object.values(found.items).some(Boolean)) return null
    const { document_request } = await request.mutateAsync({
      title: title.trim(),
      note: note.trim() || null,
      items: items.map((item) => ({
        name: item.name.trim(),
        description: item.description.trim() || null,
        due_date: item.due_date || null,
      })),
    })
    onRequested(document_request.id)
    return `${document_request.title} was requested from ${company.name}`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={reset}
      title="Request documents"
      submitLabel="Send request"
      isSaving={request.isPending}
      onSave={save}
    >
      <FormField id="document-request-title" label="Title" error={problems.title}>
        <Input
          id="document-request-title"
          value={title}
          maxLength={MAX_DOCUMENT_TITLE_LENGTH}
          placeholder="Onboarding documents"
          aria-invalid={!!problems.title}
          aria-describedby={problems.title ? "document-request-title-error" : undefined}
          onChange={(event) => {
            setTitle(event.target.value)
            setProblems((current) => ({ ...current, title: undefined }))
          }}
        />
      </FormField>
      <FormField
        id="document-request-note"
        label={
          <>
            Note <span className="text-ui-fg-muted font-normal">(optional)</span>
          </>
        }
        hint="What the company's contacts read with the request."
      >
        <Textarea
          id="document-request-note"
          value={note}
          rows={3}
          maxLength={MAX_DOCUMENT_REQUEST_NOTE_LENGTH}
          onChange={(event) => setNote(event.target.value)}
        />
      </FormField>
      <fieldset className="flex flex-col gap-y-3">
        <legend className="txt-compact-small-plus text-ui-fg-base mb-2">Documents asked for</legend>
        {items.map((item, index) => (
          <div
            key={item.key}
            role="group"
            aria-label={`Document ${index + 1}`}
            className="bg-ui-bg-subtle flex flex-col gap-y-2 rounded-md border p-3"
          >
            <div className="flex items-start gap-x-2">
              <LineField
                id={`document-request-item-${item.key}-name`}
                label="Name"
                className="flex-1"
                value={item.name}
                maxLength={MAX_DOCUMENT_TITLE_LENGTH}
                placeholder="Certificate of insurance"
                error={problems.items[item.key]}
                onValueChange={(name) => updateItem(item.key, { name })}
              />
              <LineField
                id={`document-request-item-${item.key}-due`}
                label="Due date"
                type="date"
                className="w-40"
                value={item.due_date}
                error={undefined}
                onValueChange={(due_date) => updateItem(item.key, { due_date })}
              />
              <IconButton
                size="small"
                variant="transparent"
                type="button"
                className="mt-5"
                aria-label={`Remove document ${index + 1}`}
                disabled={items.length === 1}
                onClick={() =>
                  setItems((current) => current.filter((other) => other.key !== item.key))
                }
              >
                <Trash />
              </IconButton>
            </div>
            <LineField
              id={`document-request-item-${item.key}-description`}
              label={
                <>
                  Description <span className="text-ui-fg-muted font-normal">(optional)</span>
                </>
              }
              value={item.description}
              maxLength={MAX_DOCUMENT_CAPTION_LENGTH}
              error={undefined}
              onValueChange={(description) => updateItem(item.key, { description })}
            />
          </div>
        ))}
        <div className="flex items-center justify-between gap-x-2">
          <Text size="xsmall" className="text-ui-fg-subtle">
            At least one, at most {MAX_DOCUMENT_REQUEST_ITEMS}.
          </Text>
          <Button
            size="small"
            variant="secondary"
            type="button"
            disabled={items.length >= MAX_DOCUMENT_REQUEST_ITEMS}
            onClick={() => setItems((current) => [...current, emptyItem()])}
          >
            <Plus />
            Add document
          </Button>
        </div>
      </fieldset>
    </FormDrawer>
  )
}
