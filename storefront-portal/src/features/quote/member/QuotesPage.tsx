import type { StorePortalQuoteSummary } from "@shared/http/quotes"
import { useId, useState, type FormEvent } from "react"
import { Link, useSearchParams } from "react-router"
import { useTitle } from "../../../components/Layout"
import { ErrorCard } from "../../../components/StatusPages"
import { describeError } from "../../../lib/api"
import { formatDate, formatMoney } from "../../../lib/format"
import { activeCompanyOf } from "../../../app/access"
import { useMe } from "../../../lib/data/me"
import { useQuotes } from "../../../lib/data/quotes"
import { UnreadBadge } from "../../../components/UnreadBadge"

type FilterSpec = {
  label: string
  status?: StorePortalQuoteSummary["status"][]
  has_unread?: boolean
}

const FILTERS: Record<string, FilterSpec> = {
  all: { label: "All quotes" },
  unread: { label: "With new replies", has_unread: true },
  open: { label: "Waiting for a decision", status: ["sent", "viewed"] },
  accepted: { label: "Accepted", status: ["accepted"] },
  declined: { label: "Declined", status: ["declined"] },
  expired: { label: "Expired", status: ["expired"] },
}
type Filter = keyof typeof FILTERS

const STATUS_LABEL: Record<StorePortalQuoteSummary["status"], string> = {
  requested: "Awaiting the merchant",
  sent: "Waiting for a decision",
  viewed: "Waiting for a decision",
  accepted: "Accepted",
  declined: "Declined",
  expired: "Expired",
  cancelled: "Withdrawn",
}

/**
 * `/account/quotes`: the active company's quotes, filtered by status or unread
 * replies and found by number; a quote with replies the contact has not read
 * says how many.
 */
export function QuotesPage() {
  const { data: me } = useMe()
  // The dashboard links to the quotes waiting for a decision (?show=open) and
  // to those with new replies (?show=unread).
  const [params] = useSearchParams()
  const [filter, setFilter] = useState<Filter>(() => {
    const show = params.get("show")
    return show && show in FILTERS ? (show as Filter) : "all"
  })
  const [draft, setDraft] = useState("")
  const [search, setSearch] = useState("")
  const ids = { filter: useId(), search: useId() }
  useTitle("Quotes")
  const quotes = useQuotes({
    status: FILTERS[filter].status,
    has_unread: FILTERS[filter].has_unread,
    q: search || undefined,
    limit: 50,
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSearch(draft.trim())
  }

  return (
    <>
      <h1 className="page-title">Quotes{me ? ` of ${activeCompanyOf(me)?.name}` : ""}</h1>
      <form className="card list-filters" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.filter}>Show</label>
          <select
            id={ids.filter}
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            {Object.entries(FILTERS).map(([key, { label }]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.search}>Quote number</label>
          <input
            id={ids.search}
            type="search"
            placeholder="Q-1001"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {quotes.isPending ? (
        <p className="loading" role="status">
          Loading quotes…
        </p>
      ) : quotes.isError ? (
        <ErrorCard
          message={describeError(quotes.error)}
          onRetry={async () => void (await quotes.refetch())}
        />
      ) : quotes.data.quotes.length === 0 ? (
        <p className="card" role="status">
          {filter === "all" && !search ? "No quotes yet." : "No quotes match."}
        </p>
      ) : (
        <ul className="record-list" aria-label="Quotes" aria-busy={quotes.isFetching}>
          {quotes.data.quotes.map((quote) => (
            <li key={quote.id} className="card record">
              <Link className="record-title" to={`/account/quotes/${quote.id}`}>
                Quote {quote.number}
              </Link>
              <span className={`badge status-${quote.status}`}>
                {quote.being_prepared ? "Being prepared" : STATUS_LABEL[quote.status]}
              </span>
              <UnreadBadge count={quote.unread_count} />
              <span className="record-amount">{formatMoney(quote.total, quote.currency_code)}</span>
              <span className="hint">{quoteDates(quote)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function quoteDates(quote: StorePortalQuoteSummary): string {
  if (quote.status === "accepted" && quote.accepted_at) {
    return `Accepted ${formatDate(quote.accepted_at)}${quote.order ? ` · Order #${quote.order.display_id}` : ""}`
  }
  if (quote.status === "declined" && quote.declined_at) {
    return `Declined ${formatDate(quote.declined_at)}`
  }
  if (quote.valid_until) {
    return `${quote.can_respond ? "Valid until" : "Was valid until"} ${formatDate(quote.valid_until)}`
  }
  return ""
}
