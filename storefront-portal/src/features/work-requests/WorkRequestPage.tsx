import type { StorePortalWorkRequest } from "@shared/http/work-requests"
import { useEffect, useState } from "react"
import { Link, useLocation, useNavigate, useParams } from "react-router"
import { mayOpen, maySubmitWorkRequests, sectionOf } from "../../app/access"
import { RecordStates } from "../../app/NotFoundCard"
import { useTitle } from "../../components/Layout"
import { useMe } from "../../lib/data/me"
import { useWorkRequest } from "../../lib/data/work-requests"
import { formatDate, formatDay } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { Attachments } from "./Attachments"
import { NeedsAnswer, StatusBadge } from "./StatusBadge"
import { Thread } from "./Thread"

/** The files the new-request form could not attach, with the server's reason for each. */
export type NotAttached = { name: string; message: string }[]

/**
 * `/account/work-requests/:id`: the request (number, subject, status, dates, who submitted
 * it, the description), the quote staff made of it, its thread and its files. A contact who
 * may submit replies and attaches files while it is open; a closed request says so.
 */
export function WorkRequestPage() {
  const t = useT("work-requests")
  const { id = "" } = useParams()
  const query = useWorkRequest(id)
  const request = query.data?.work_request
  useTitle(request ? request.number : t("request.title"))
  return (
    <RecordStates
      query={query}
      texts={{ loading: t("request.loading"), not_found: t("request.not_found") }}
      back={{ to: "/account/work-requests", label: t("request.back") }}
    >
      {({ work_request }) => <WorkRequestView request={work_request} />}
    </RecordStates>
  )
}

/**
 * What the new-request form could not attach, read once from the address's state: a reload
 * or Back does not say it again.
 */
function useNotAttached(): NotAttached {
  const location = useLocation()
  const navigate = useNavigate()
  const [notAttached] = useState<NotAttached>(
    () => (location.state as { notAttached?: NotAttached } | null)?.notAttached ?? []
  )
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null })
  }, [location.state, location.pathname, navigate])
  return notAttached
}

function WorkRequestView({ request: r }: { request: StorePortalWorkRequest }) {
  const t = useT("work-requests")
  const { data: me } = useMe()
  const notAttached = useNotAttached()
  const maySubmit = !!me && maySubmitWorkRequests(me)
  const mayOpenQuotes = !!me && mayOpen(me, sectionOf("quotes"))
  const closed = r.status === "closed"
  return (
    <>
      <section className="card" aria-labelledby="work-request-title">
        <h1 id="work-request-title">
          {t("label", { number: r.number, subject: r.subject })} <StatusBadge status={r.status} />
        </h1>
        {r.status === "waiting_on_client" && maySubmit && (
          <p className="callout waiting">
            <NeedsAnswer status={r.status} /> {t("request.needs_answer_text")}
          </p>
        )}
        {closed && <p className="callout">{t("request.closed_text")}</p>}
        {!closed && !maySubmit && <p className="hint">{t("request.read_only")}</p>}
        <dl className="facts">
          <div>
            <dt>{t("request.submitted")}</dt>
            <dd>{formatDate(r.created_at)}</dd>
          </div>
          {r.submitted_by?.name && (
            <div>
              <dt>{t("request.submitted_by")}</dt>
              <dd>{r.submitted_by.name}</dd>
            </div>
          )}
          <div>
            <dt>{t("request.preferred_date")}</dt>
            <dd>
              {r.preferred_date ? formatDay(r.preferred_date) : t("request.no_preferred_date")}
            </dd>
          </div>
          <div>
            <dt>{t("request.last_activity")}</dt>
            <dd>{formatDate(r.last_activity_at)}</dd>
          </div>
        </dl>
        <h2 className="work-request-description">{t("request.description")}</h2>
        <p className="pre-wrap">{r.description}</p>
      </section>
      {notAttached.length > 0 && (
        <div className="error-summary" role="alert">
          <p>{t("request.not_attached_title")}</p>
          <ul>
            {notAttached.map(({ name, message }, index) => (
              <li key={`${index}-${name}`}>{t("request.not_attached", { name, message })}</li>
            ))}
          </ul>
        </div>
      )}
      {r.quote && (
        <section className="card" aria-labelledby="work-request-quote">
          <h2 id="work-request-quote">{t("request.quote_title")}</h2>
          <p>{t("request.quote_text")}</p>
          <p>
            {mayOpenQuotes ? (
              <Link to={`/account/quotes/${r.quote.id}`}>
                {t("request.quote_link", { number: r.quote.number })}
              </Link>
            ) : (
              t("request.quote_number", { number: r.quote.number })
            )}
          </p>
        </section>
      )}
      <Thread request={r} mayReply={maySubmit && !closed} merchant={me?.branding.name} />
      <Attachments request={r} mayAttach={maySubmit && !closed} />
    </>
  )
}
