import { useId } from "react"
import { Link } from "react-router"
import { activeCompanyOf, mayStartConversations } from "../../app/access"
import { useListParams } from "../../app/list-params"
import { Pager, QueryStates } from "../../app/ListStates"
import { useTitle } from "../../components/Layout"
import { useConversations } from "../../lib/data/conversations"
import { useMe } from "../../lib/data/me"
import { formatDateTime } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { UnreadCount } from "./UnreadCount"

const LIST_LIMIT = 20

type Filter = "all" | "unread"
const FILTERS: Record<Filter, boolean> = { all: false, unread: true }

/**
 * `/account/conversations`: the active company's threads with the merchant, latest activity
 * first, a page at a time; each with its subject, the last message's first words, its last
 * activity and how many of its messages the contact has not read ("2 new"). "Unread" shows only
 * those. A contact who may start one (and whose merchant lets clients start threads) does it here.
 */
export function ConversationsPage() {
  const t = useT("conversations")
  const tc = useT("common")
  const { data: me } = useMe()
  const { filter, page, set } = useListParams<Filter>(FILTERS, "all")
  const filterId = useId()
  const title = tc("sections.conversations")
  useTitle(title)
  const offset = (page - 1) * LIST_LIMIT
  const query = useConversations({
    limit: LIST_LIMIT,
    offset,
    ...(FILTERS[filter] ? { unread: true } : {}),
  })
  const company = me ? activeCompanyOf(me)?.name : undefined
  const mayStart = !!me && mayStartConversations(me)

  return (
    <>
      <h1 className="page-title">{company ? t("list.heading", { company }) : title}</h1>
      {me && <p className="hint">{t("list.intro", { merchant: me.branding.name })}</p>}
      <div className="card list-filters">
        <div className="field">
          <label htmlFor={filterId}>{tc("list.show")}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(event) => set({ filter: event.target.value as Filter })}
          >
            <option value="all">{t("list.all")}</option>
            <option value="unread">{t("list.unread")}</option>
          </select>
        </div>
        {mayStart && (
          <Link className="button primary" to="/account/conversations/new">
            {t("list.new_conversation")}
          </Link>
        )}
      </div>
      <QueryStates
        query={query}
        loading={t("list.loading")}
        isEmpty={(data) => data.conversations.length === 0}
        empty={
          filter !== "all"
            ? t("list.no_unread")
            : mayStart
              ? t("list.empty_start")
              : t("list.empty")
        }
      >
        {(data) => (
          <div aria-busy={query.isFetching}>
            <ul className="record-list" aria-label={title}>
              {data.conversations.map((conversation) => (
                <li
                  key={conversation.id}
                  className={`card record conversation${conversation.unread_count ? " unread" : ""}`}
                >
                  <Link className="record-title" to={`/account/conversations/${conversation.id}`}>
                    {conversation.subject}
                  </Link>
                  <UnreadCount count={conversation.unread_count} />
                  {conversation.last_message_preview && (
                    <p className="conversation-preview">{conversation.last_message_preview}</p>
                  )}
                  <span className="hint">
                    {[
                      t("list.last_activity", {
                        date: formatDateTime(conversation.last_message_at),
                      }),
                      t("list.messages", { count: conversation.message_count }),
                    ].join(" · ")}
                  </span>
                </li>
              ))}
            </ul>
            <Pager
              label={title}
              count={data.count}
              offset={offset}
              limit={LIST_LIMIT}
              onOffset={(next) => set({ page: next / LIST_LIMIT + 1 })}
            />
          </div>
        )}
      </QueryStates>
    </>
  )
}
