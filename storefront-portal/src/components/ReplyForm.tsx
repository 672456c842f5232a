import { type FormEvent, useId, useState } from "react"
import { useAction } from "../lib/use-action"

/** The form's words, in the page's language (its feature's catalog). */
export type ReplyLabels = {
  reply: string
  send: string
  sending: string
  sent: string
  missing: string
  too_long: string
}

/**
 * A reply in a thread with the merchant (a work request's, a conversation's): checked for
 * length before sending, the server's refusal said in its words, "sent" once it is.
 * `onRefused` sees what the server refused (a work request closed meanwhile).
 */
export function ReplyForm({
  labels,
  max,
  post,
  onRefused,
}: {
  labels: ReplyLabels
  max: number
  post: (body: string) => Promise<unknown>
  onRefused?: (caught: unknown) => void
}) {
  const action = useAction()
  const fieldId = useId()
  const errorId = useId()
  const [draft, setDraft] = useState("")
  const [sent, setSent] = useState(false)

  const send = (event: FormEvent) => {
    event.preventDefault()
    setSent(false)
    const body = draft.trim()
    if (!body) return action.setError(labels.missing)
    if (body.length > max) return action.setError(labels.too_long)
    void action.run(async () => {
      await post(body)
      setDraft("")
      setSent(true)
    }, onRefused)
  }

  return (
    <form onSubmit={send} className="ask" noValidate>
      <label htmlFor={fieldId}>{labels.reply}</label>
      <textarea
        id={fieldId}
        rows={4}
        maxLength={max}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value)
          setSent(false)
        }}
        aria-invalid={!!action.error}
        aria-describedby={action.error ? errorId : undefined}
      />
      {action.error && (
        <p id={errorId} className="error" role="alert">
          {action.error}
        </p>
      )}
      {sent && (
        <p className="saved" role="status">
          {labels.sent}
        </p>
      )}
      <button
        type="submit"
        className="button primary"
        disabled={action.busy}
        aria-busy={action.busy}
      >
        {action.busy ? labels.sending : labels.send}
      </button>
    </form>
  )
}
