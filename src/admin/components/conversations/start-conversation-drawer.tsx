import { Checkbox, Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import {
  MAX_CONVERSATION_CONTACTS,
  MAX_CONVERSATION_MESSAGE_LENGTH,
  MAX_CONVERSATION_SUBJECT_LENGTH,
} from "../../../shared/conversations"
import { type Company, type CompanyMember, useCompanyMembers } from "../../hooks/companies"
import { useStartConversation } from "../../hooks/conversations"
import { customerName } from "../../lib/format"
import { FieldError } from "../common/field-error"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import { SectionError, SectionLoading } from "../common/section-state"

type Problems = { subject?: string; body?: string; contacts?: string }

/** The company's contacts who can be named: a disabled membership takes part in nothing. */
const nameable = (members: CompanyMember[] | undefined) =>
  (members ?? []).filter((member) => member.status !== "disabled" && member.customer)

/**
 * The company's contacts as checkboxes: those ticked take part; none ticked, every contact
 * who may see conversations does (the server decides who that is).
 */
const ContactChoices = ({
  company,
  chosen,
  onChange,
  problem,
}: {
  company: Company
  chosen: string[]
  onChange: (chosen: string[]) => void
  problem?: string
}) => {
  const members = useCompanyMembers(company.id)
  const contacts = nameable(members.data)
  return (
    <fieldset className="flex flex-col gap-y-2" aria-describedby="conversation-contacts-hint">
      <legend className="txt-compact-small-plus text-ui-fg-base mb-1">
        Contacts who take part
      </legend>
      <Text id="conversation-contacts-hint" size="xsmall" className="text-ui-fg-subtle">
        None ticked: every contact of {company.name} who may see conversations.
      </Text>
      {members.isPending ? (
        <SectionLoading />
      ) : members.isError ? (
        <SectionError what="The contacts" error={members.error} onRetry={members.refetch} />
      ) : contacts.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          The company has no contacts yet.
        </Text>
      ) : (
        contacts.map((member) => {
          const id = `conversation-contact-${member.id}`
          const name = customerName(member.customer)
          const email = member.customer?.email
          return (
            <div key={member.id} className="flex items-start gap-x-2">
              <Checkbox
                id={id}
                className="mt-0.5"
                checked={chosen.includes(member.customer_id)}
                onCheckedChange={(checked) =>
                  onChange(
                    checked === true
                      ? [...chosen, member.customer_id]
                      : chosen.filter((customerId) => customerId !== member.customer_id)
                  )
                }
              />
              <Label htmlFor={id} size="small" className="flex flex-col">
                <span>{name || "Unnamed contact"}</span>
                {email && name !== email && (
                  <span className="text-ui-fg-subtle txt-compact-xsmall">{email}</span>
                )}
              </Label>
            </div>
          )
        })
      )}
      <FieldError id="conversation-contacts-error" text={problem} />
    </fieldset>
  )
}

/**
 * Starts a thread with the company: a subject, the first message, and the contacts who take
 * part. A start the server refuses shows its sentence on top.
 */
export const StartConversationDrawer = ({
  company,
  open,
  onOpenChange,
  onStarted,
}: {
  company: Company
  open: boolean
  onOpenChange: (open: boolean) => void
  /** With the new thread's id: the caller opens it. */
  onStarted: (id: string) => void
}) => {
  const start = useStartConversation(company.id)
  const [subject, setSubject] = useState("")
  const [body, setBody] = useState("")
  const [contacts, setContacts] = useState<string[]>([])
  const [problems, setProblems] = useState<Problems>({})

  const reset = () => {
    setSubject("")
    setBody("")
    setContacts([])
    setProblems({})
  }

  const save = async () => {
    const found: Problems = {}
    if (!subject.trim()) found.subject = "Give the conversation a subject."
    if (!body.trim()) found.body = "Write the first message."
    if (contacts.length > MAX_CONVERSATION_CONTACTS) {
      found.contacts = `Tick at most ${MAX_CONVERSATION_CONTACTS} contacts.`
    }
    setProblems(found)
    if (found.subject || found.body || found.contacts) return null
    const { conversation } = await start.mutateAsync({
      subject: subject.trim(),
      body: body.trim(),
      ...(contacts.length ? { contact_ids: contacts } : {}),
    })
    onStarted(conversation.id)
    return `Conversation with ${company.name} started`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={reset}
      title="Start a conversation"
      submitLabel="Start conversation"
      isSaving={start.isPending}
      onSave={save}
    >
      <FormField id="conversation-subject" label="Subject" error={problems.subject}>
        <Input
          id="conversation-subject"
          value={subject}
          maxLength={MAX_CONVERSATION_SUBJECT_LENGTH}
          aria-invalid={!!problems.subject}
          aria-describedby={problems.subject ? "conversation-subject-error" : undefined}
          onChange={(event) => {
            setSubject(event.target.value)
            setProblems((current) => ({ ...current, subject: undefined }))
          }}
        />
      </FormField>
      <FormField
        id="conversation-body"
        label="Message"
        hint="Plain text; the contacts read it in the portal."
        error={problems.body}
      >
        <Textarea
          id="conversation-body"
          value={body}
          rows={6}
          maxLength={MAX_CONVERSATION_MESSAGE_LENGTH}
          aria-invalid={!!problems.body}
          aria-describedby={problems.body ? "conversation-body-error" : undefined}
          onChange={(event) => {
            setBody(event.target.value)
            setProblems((current) => ({ ...current, body: undefined }))
          }}
        />
      </FormField>
      <ContactChoices
        company={company}
        chosen={contacts}
        onChange={(next) => {
          setContacts(next)
          setProblems((current) => ({ ...current, contacts: undefined }))
        }}
        problem={problems.contacts}
      />
    </FormDrawer>
  )
}
