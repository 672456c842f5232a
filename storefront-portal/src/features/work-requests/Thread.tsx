import type { StorePortalWorkRequest } from "@shared/http/work-requests"
import { MAX_WORK_REQUEST_MESSAGE_LENGTH } from "@shared/work-requests"
import { type FormEvent, useId, useState } from "react"
import { isConflict } from "../../lib/api"
import { useRefreshWorkRequest, useReplyToWorkRequest } from "../../lib/data/work-requests"
import { formatDateTime } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"

/** Writes a reply; a reply to a request waiting on the client puts it back in progress. */
function ReplyForm({ request }: { request: StorePortalWorkRequest }) {
  const t = useT("work-requests")
  const reply = useReplyToWorkRequest()
  const refresh = useRefreshWorkRequest()
  const action = useAction()
  const fieldId = useId()
  const errorId = useId()
  const [draft, setDraft] = useState("")
  const [sent, setSent] = useState(false)

  const send = (event: FormEvent) => {
    event.preventDefault()
    setSent(false)
    const body = draft.trim()
    if (!body) return action.setError(t("thread.missing_reply"))
    if (body.length > MAX_WORK_REQUEST_MESSAGE_LENGTH)
      return action.setError(t("thread.reply_too_long", { max: MAX_WORK_REQUEST_MESSAGE_LENGTH }))
    void action.run(
      async () => {
        await reply.mutateAsync({ requestId: request.id, body })
        setDraft("")
        setSent(true)
      },
      // Closed meanwhile (409): the page shows the request as it is now, without the form.
      (caught) => {
        if (isConflict(caught)) void refresh(request.id)
      }
    )
  }

  return (
    <form onSubmit={send} className="ask" noValidate>
      <label htmlFor={fieldId}>{t("thread.reply")}</label>
      <textarea
        id={fieldId}
        rows={4}
        maxLength={MAX_WORK_REQUEST_MESSAGE_LENGTH}
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
          {t("thread.sent")}
        </p>
      )}
      <button
        type="submit"
        className="button primary"
        disabled={action.busy}
        aria-busy={action.busy}
      >
        {action.busy ? t("thread.sending") : t("thread.send")}
      </button>
    </form>
  )
}

/**
 * The request's thread with the merchant's staff, oldest first, and the contact's reply form
 * (`mayReply`: the contact may submit and the request is not closed). A refusal (a request
 * closed meanwhile) is said in the server's words.
 */
export function Thread({
  request,
  mayReply,
  merchant,
}: {
  request: StorePortalWorkRequest
  mayReply: boolean
  /** The merchant's name, for a staff message without an author. */
  merchant?: string
}) {
  const t = useT("work-requests")
  const headingId = useId()
  return (
    <section className="card messages" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("thread.title")}</h2>
      {request.messages.length ? (
        <ol className="thread" aria-label={t("thread.label", { number: request.number })}>
          {request.messages.map((message) => (
            <li key={message.id} className={`message ${message.author_type}`}>
              <p className="message-meta">
                <span>
                  {message.author_name ||
                    (message.author_type === "staff"
                      ? merchant || t("thread.staff")
                      : t("thread.contact"))}
                </span>
                <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
              </p>
              <p className="pre-wrap">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{t("thread.none")}</p>
      )}
      {mayReply && <ReplyForm request={request} />}
    </section>
  )
}
