import type { StorePortalWorkRequest } from "@shared/http/work-requests"
import { MAX_WORK_REQUEST_MESSAGE_LENGTH } from "@shared/work-requests"
import { useId } from "react"
import { isConflict } from "../../lib/api"
import { useRefreshWorkRequest, useReplyToWorkRequest } from "../../lib/data/work-requests"
import { formatDateTime } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { ReplyForm } from "../../components/ReplyForm"

/** Writes a reply; a reply to a request waiting on the client puts it back in progress. */
function WorkRequestReply({ request }: { request: StorePortalWorkRequest }) {
  const t = useT("work-requests")
  const reply = useReplyToWorkRequest()
  const refresh = useRefreshWorkRequest()
  return (
    <ReplyForm
      labels={{
        reply: t("thread.reply"),
        send: t("thread.send"),
        sending: t("thread.sending"),
        sent: t("thread.sent"),
        missing: t("thread.missing_reply"),
        too_long: t("thread.reply_too_long", { max: MAX_WORK_REQUEST_MESSAGE_LENGTH }),
      }}
      max={MAX_WORK_REQUEST_MESSAGE_LENGTH}
      post={(body) => reply.mutateAsync({ requestId: request.id, body })}
      // Closed meanwhile (409): the page shows the request as it is now, without the form.
      onRefused={(caught) => {
        if (isConflict(caught)) void refresh(request.id)
      }}
    />
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
      {mayReply && <WorkRequestReply request={request} />}
    </section>
  )
}
