import { WORK_REQUEST_STATUSES, type WorkRequestStatus } from "@shared/work-requests"
import { useId } from "react"
import { Link } from "react-router"
import { activeCompanyOf, maySubmitWorkRequests } from "../../app/access"
import { useListParams } from "../../app/list-params"
import { Pager, QueryStates } from "../../app/ListStates"
import { useTitle } from "../../components/Layout"
import { useMe } from "../../lib/data/me"
import { useWorkRequests } from "../../lib/data/work-requests"
import { formatDate } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { NeedsAnswer, StatusBadge } from "./StatusBadge"

const LIST_LIMIT = 20

type Filter = "all" | "open" | WorkRequestStatus
const FILTERS: Record<Filter, WorkRequestStatus | "open" | undefined> = {
  all: undefined,
  open: "open",
  ...(Object.fromEntries(WORK_REQUEST_STATUSES.map((status) => [status, status])) as Record<
    WorkRequestStatus,
    WorkRequestStatus
  >),
}

/**
 * `/account/work-requests`: the active company's requests, a page at a time, by status; each
 * with its number, subject, status (a request waiting on the client stands out) and latest
 * activity. A contact who may submit starts a new one here.
 */
export function WorkRequestsPage() {
  const t = useT("work-requests")
  const tc = useT("common")
  const { data: me } = useMe()
  const { filter, page, set } = useListParams<Filter>(FILTERS, "all")
  const filterId = useId()
  const title = tc("sections.work-requests")
  useTitle(title)
  const offset = (page - 1) * LIST_LIMIT
  const query = useWorkRequests({ status: FILTERS[filter], limit: LIST_LIMIT, offset })
  const company = me ? activeCompanyOf(me)?.name : undefined
  const maySubmit = !!me && maySubmitWorkRequests(me)

  return (
    <>
      <h1 className="page-title">{company ? t("list.heading", { company }) : title}</h1>
      <div className="card list-filters">
        <div className="field">
          <label htmlFor={filterId}>{tc("list.show")}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(event) => set({ filter: event.target.value as Filter })}
          >
            <option value="all">{t("list.all")}</option>
            <option value="open">{t("list.open")}</option>
            {WORK_REQUEST_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {maySubmit && (
          <Link className="button primary" to="/account/work-requests/new">
            {t("list.new_request")}
          </Link>
        )}
      </div>
      <QueryStates
        query={query}
        loading={t("list.loading")}
        isEmpty={(data) => data.work_requests.length === 0}
        empty={
          filter !== "all"
            ? t("list.no_match")
            : maySubmit
              ? t("list.empty_submit")
              : t("list.empty")
        }
      >
        {(data) => (
          <div aria-busy={query.isFetching}>
            <ul className="record-list" aria-label={title}>
              {data.work_requests.map((request) => (
                <li
                  key={request.id}
                  className={`card record${request.status === "waiting_on_client" ? " waiting" : ""}`}
                >
                  <Link className="record-title" to={`/account/work-requests/${request.id}`}>
                    {t("label", { number: request.number, subject: request.subject })}
                  </Link>
                  <StatusBadge status={request.status} />
                  <NeedsAnswer status={request.status} />
                  <span className="hint">
                    {[
                      t("list.submitted_on", { date: formatDate(request.created_at) }),
                      t("list.last_activity", { date: formatDate(request.last_activity_at) }),
                      t("list.messages", { count: request.message_count }),
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
