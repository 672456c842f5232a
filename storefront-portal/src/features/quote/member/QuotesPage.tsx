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
import { type Translate, useT } from "../../../lib/i18n"

type FilterSpec = {
  status?: StorePortalQuoteSummary["status"][]
  has_unread?: boolean
}

/** The list's filters, each labelled by its key in the catalog (list.<key>). */
const FILTERS = {
  all: {},
  unread: { has_unread: true },
  open: { status: ["sent", "viewed"] },
  accepted: { status: ["accepted"] },
  declined: { status: ["declined"] },
  expired: { status: ["expired"] },
} satisfies Record<string, FilterSpec>
type Filter = keyof typeof FILTERS
const filterOf = (filter: Filter): FilterSpec => FILTERS[filter]

/** A quote's status as the list says it (status.<key> in the catalog). */
const STATUS_KEY = {
  requested: "requested",
  sent: "open",
  viewed: "open",
  accepted: "accepted",
  declined: "declined",
  expired: "expired",
  cancelled: "cancelled",
} as const satisfies Record<StorePortalQuoteSummary["status"], string>

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
  const t = useT("quote")
  const tc = useT("common")
  useTitle(tc("sections.quotes"))
  const quotes = useQuotes({
    status: filterOf(filter).status,
    has_unread: filterOf(filter).has_unread,
    q: search || undefined,
    limit: 50,
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSearch(draft.trim())
  }

  return (
    <>
      <h1 className="page-title">
        {me
          ? t("list.heading", { company: activeCompanyOf(me)?.name ?? "" })
          : tc("sections.quotes")}
      </h1>
      <form className="card list-filters" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.filter}>{tc("list.show")}</label>
          <select
            id={ids.filter}
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
          >
            {(Object.keys(FILTERS) as Filter[]).map((key) => (
              <option key={key} value={key}>
                {t(`list.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.search}>{t("list.number")}</label>
          <input
            id={ids.search}
            type="search"
            placeholder="Q-1001"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t("list.search")}
        </button>
      </form>
      {quotes.isPending ? (
        <p className="loading" role="status">
          {t("list.loading")}
        </p>
      ) : quotes.isError ? (
        <ErrorCard
          message={describeError(tc, quotes.error)}
          onRetry={async () => void (await quotes.refetch())}
        />
      ) : quotes.data.quotes.length === 0 ? (
        <p className="card" role="status">
          {filter === "all" && !search ? t("list.empty") : t("list.no_match")}
        </p>
      ) : (
        <ul
          className="record-list"
          aria-label={tc("sections.quotes")}
          aria-busy={quotes.isFetching}
        >
          {quotes.data.quotes.map((quote) => (
            <li key={quote.id} className="card record">
              <Link className="record-title" to={`/account/quotes/${quote.id}`}>
                {t("page.title", { number: quote.number })}
              </Link>
              <span className={`badge status-${quote.status}`}>
                {t(`status.${quote.being_prepared ? "being_prepared" : STATUS_KEY[quote.status]}`)}
              </span>
              <UnreadBadge count={quote.unread_count} />
              <span className="record-amount">{formatMoney(quote.total, quote.currency_code)}</span>
              <span className="hint">{quoteDates(t, quote)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function quoteDates(t: Translate<"quote">, quote: StorePortalQuoteSummary): string {
  if (quote.status === "accepted" && quote.accepted_at) {
    const date = formatDate(quote.accepted_at)
    return quote.order
      ? t("list.accepted_on_order", { date, number: quote.order.display_id })
      : t("list.accepted_on", { date })
  }
  if (quote.status === "declined" && quote.declined_at) {
    return t("list.declined_on", { date: formatDate(quote.declined_at) })
  }
  if (quote.valid_until) {
    return t(quote.can_respond ? "list.valid_until" : "list.was_valid_until", {
      date: formatDate(quote.valid_until),
    })
  }
  return ""
}
