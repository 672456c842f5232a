import type {
  PortalConversationParticipant,
  StorePortalConversation,
} from "@shared/http/conversations"
import { useParams } from "react-router"
import { activeCompanyOf, mayWriteConversations } from "../../app/access"
import { RecordStates } from "../../app/NotFoundCard"
import { useTitle } from "../../components/Layout"
import { useConversation } from "../../lib/data/conversations"
import { useMe } from "../../lib/data/me"
import { formatDateTime } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { Thread } from "./Thread"

/**
 * `/account/conversations/:id`: the conversation's subject, who takes part on either side, its
 * thread and (for a contact who may write) the reply form. Opening it marks it read for this
 * contact; the lists' unread counts follow (lib/data/conversations.ts).
 */
export function ConversationPage() {
  const t = useT("conversations")
  const { id = "" } = useParams()
  const query = useConversation(id)
  useTitle(query.data?.conversation.subject ?? t("conversation.title"))
  return (
    <RecordStates
      query={query}
      texts={{ loading: t("conversation.loading"), not_found: t("conversation.not_found") }}
      back={{ to: "/account/conversations", label: t("conversation.back") }}
    >
      {({ conversation }) => <ConversationView conversation={conversation} />}
    </RecordStates>
  )
}

function ConversationView({ conversation: c }: { conversation: StorePortalConversation }) {
  const t = useT("conversations")
  const { data: me } = useMe()
  const mayWrite = !!me && mayWriteConversations(me)
  const merchant = me?.branding.name
  const company = me ? activeCompanyOf(me)?.name : undefined
  const names = (side: PortalConversationParticipant["side"]) =>
    c.participants
      .filter((participant) => participant.side === side)
      .map((participant) => participant.name || t("conversation.unnamed"))
      .join(", ") || t("conversation.nobody")
  return (
    <>
      <section className="card" aria-labelledby="conversation-title">
        <h1 id="conversation-title" className="conversation-subject">
          {c.subject}
        </h1>
        {!mayWrite && <p className="hint">{t("conversation.read_only")}</p>}
        <dl className="facts">
          <div>
            <dt>{t("conversation.started")}</dt>
            <dd>{formatDateTime(c.created_at)}</dd>
          </div>
        </dl>
        <h2 className="conversation-participants">{t("conversation.participants")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("conversation.at", { name: merchant || t("thread.staff") })}</dt>
            <dd>{names("staff")}</dd>
          </div>
          <div>
            <dt>{t("conversation.at", { name: company || t("thread.contact") })}</dt>
            <dd>{names("customer")}</dd>
          </div>
        </dl>
      </section>
      <Thread conversation={c} mayReply={mayWrite} merchant={merchant} company={company} />
    </>
  )
}
