import { MAX_CONVERSATION_MESSAGE_LENGTH } from "@shared/conversations"
import type { StorePortalConversation } from "@shared/http/conversations"
import { useId } from "react"
import { useReplyToConversation } from "../../lib/data/conversations"
import { formatDateTime } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { ReplyForm } from "../../components/ReplyForm"

/** Writes a reply; a refusal is said in the server's words. */
function ConversationReply({ conversation }: { conversation: StorePortalConversation }) {
  const t = useT("conversations")
  const reply = useReplyToConversation()
  return (
    <ReplyForm
      labels={{
        reply: t("thread.reply"),
        send: t("thread.send"),
        sending: t("thread.sending"),
        sent: t("thread.sent"),
        missing: t("thread.missing_reply"),
        too_long: t("thread.reply_too_long", { max: MAX_CONVERSATION_MESSAGE_LENGTH }),
      }}
      max={MAX_CONVERSATION_MESSAGE_LENGTH}
      post={(body) => reply.mutateAsync({ conversationId: conversation.id, body })}
    />
  )
}

/**
 * The conversation's messages, oldest first, each with its author, their side (the merchant's
 * staff or the contact's company, in words as well as in look) and its time; the body as plain
 * text with its line breaks, never as HTML. The reply form only for a contact who may write.
 */
export function Thread({
  conversation,
  mayReply,
  merchant,
  company,
}: {
  conversation: StorePortalConversation
  mayReply: boolean
  /** The merchant's name: the staff side. */
  merchant?: string
  /** The active company's name: the contact's side. */
  company?: string
}) {
  const t = useT("conversations")
  const headingId = useId()
  const staffSide = merchant || t("thread.staff")
  const companySide = company || t("thread.contact")
  return (
    <section className="card messages conversation-thread" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("thread.title")}</h2>
      {conversation.messages.length ? (
        <ol className="thread" aria-label={t("thread.label", { subject: conversation.subject })}>
          {conversation.messages.map((message) => {
            const side = message.author_type === "staff" ? staffSide : companySide
            return (
              <li key={message.id} className={`message ${message.author_type}`}>
                <p className="message-meta">
                  <span>
                    {message.author_name ? (
                      <>
                        <strong className="message-author">{message.author_name}</strong>
                        {` · ${side}`}
                      </>
                    ) : (
                      <strong className="message-author">{side}</strong>
                    )}
                  </span>
                  <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
                </p>
                <p className="pre-wrap">{message.body}</p>
              </li>
            )
          })}
        </ol>
      ) : (
        <p className="hint">{t("thread.none")}</p>
      )}
      {mayReply && <ConversationReply conversation={conversation} />}
    </section>
  )
}
