import type { StorePortalInvoiceListResponse } from "@shared/http/invoices"
import type { StorePortalQuoteListResponse } from "@shared/http/quotes"
import { can } from "@shared/permissions"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link, useSearchParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { describeError } from "../../lib/api"
import { daysLeft, formatDate, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { accessOf, activeCompanyOf, displayName, visibleSections } from "../../app/access"
import { UnreadBadge } from "../../components/UnreadBadge"
import { useInvoices } from "../../lib/data/invoices"
import { useMe } from "../../lib/data/me"
import { useOrders } from "../../lib/data/orders"
import { usePurchaseOrders } from "../../lib/data/purchase-orders"
import { useQuotes } from "../../lib/data/quotes"
import { expiresIn, orderStatusLabel, purchaseOrderStatusLabel } from "../../lib/labels"
import { Sentence } from "../../components/Sentence"

/** Invoices read at once to add up what is due; a company with more sees "at least". */
const DUE_LIMIT = 50

/**
 * `/account`: who and for which company, then per section the contact may see
 * a counter and a short list (quotes waiting for a decision and those with
 * unread replies, invoices to pay, recent orders), each row linking to its page.
 */
export function DashboardPage() {
  const t = useT("account")
  const tc = useT("common")
  const { data: me } = useMe()
  const [params] = useSearchParams()
  useTitle(tc("account.overview"))
  const access = me ? accessOf(me) : null
  const may = {
    quotes: !!access && can(access, "quotes.view"),
    orders: !!access && can(access, "orders.view"),
    invoices: !!access && can(access, "invoices.view"),
    purchaseOrders: !!access && can(access, "purchase_orders.view"),
  }
  const quotes = useQuotes({ status: ["sent", "viewed"], limit: 5 }, { enabled: may.quotes })
  const unread = useQuotes({ has_unread: true, limit: 1 }, { enabled: may.quotes })
  const invoices = useInvoices(
    { status: ["unpaid", "overdue"], limit: DUE_LIMIT },
    { enabled: may.invoices }
  )
  const orders = useOrders({ limit: 5 }, { enabled: may.orders })
  // A purchase-order list like the supplier's, so acknowledging one refreshes the counter.
  const purchaseOrders = usePurchaseOrders(
    { status: ["sent"], limit: 5 },
    { enabled: may.purchaseOrders }
  )
  if (!me) return null
  const company = activeCompanyOf(me)
  return (
    <>
      <section className="card" aria-labelledby="overview-title">
        <p className="eyebrow">
          {params.get("welcome") ? t("dashboard.welcome") : tc("account.overview")}
        </p>
        <h1 id="overview-title">{t("dashboard.hello", { name: displayName(me) })}</h1>
        <p data-testid="active-company">
          <Sentence
            text={t("dashboard.acting_for")}
            parts={{ company: <strong>{company?.name}</strong> }}
          />
        </p>
      </section>
      {visibleSections(me).length ? (
        <div className="dashboard">
          {may.quotes && (
            <Panel
              id="quotes"
              title={t("dashboard.quotes.title")}
              query={quotes}
              counted={(count) => t("dashboard.quotes.counted", { count })}
              summary={() => <UnreadReplies query={unread} />}
              all={{ to: "/account/quotes?show=open", label: t("dashboard.quotes.all") }}
              empty={t("dashboard.quotes.empty")}
            >
              {(page) =>
                page.quotes.map((quote) => (
                  <li key={quote.id}>
                    <Link to={`/account/quotes/${quote.id}`}>
                      {t("dashboard.quotes.label", { number: quote.number })}
                    </Link>
                    <UnreadBadge count={quote.unread_count} />
                    <span className="record-amount">
                      {formatMoney(quote.total, quote.currency_code)}
                    </span>
                    <span className="hint">
                      <ValidUntil validUntil={quote.valid_until} />
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
          {may.invoices && (
            <Panel
              id="invoices"
              title={t("dashboard.invoices.title")}
              query={invoices}
              counted={(count) => t("dashboard.invoices.counted", { count })}
              summary={(page) => <DueSummary page={page} />}
              all={{ to: "/account/invoices?show=due", label: t("dashboard.invoices.all") }}
              empty={t("dashboard.invoices.empty")}
            >
              {(page) =>
                page.invoices.slice(0, 5).map((invoice) => (
                  <li key={invoice.id}>
                    <Link to={`/account/invoices/${invoice.id}`}>
                      {tc("invoice.label", { number: invoice.number })}
                    </Link>
                    {invoice.status === "overdue" && (
                      <span className="badge status-overdue">{tc("invoice_status.overdue")}</span>
                    )}
                    <span className="record-amount">
                      {formatMoney(invoice.amount, invoice.currency_code)}
                    </span>
                    <span className="hint">
                      {invoice.due_at
                        ? tc("invoice.due", { date: formatDate(invoice.due_at) })
                        : t("dashboard.invoices.due_on_receipt")}
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
          {may.orders && (
            <Panel
              id="orders"
              title={t("dashboard.orders.title")}
              query={orders}
              counted={() => t("dashboard.orders.counted")}
              all={{ to: "/account/orders", label: t("dashboard.orders.all") }}
              empty={t("dashboard.orders.empty")}
            >
              {(page) =>
                page.orders.map((order) => (
                  <li key={order.id}>
                    <Link to={`/account/orders/${order.id}`}>
                      {t("dashboard.orders.label", { number: order.display_id })}
                    </Link>
                    <span className={`badge status-${order.status}`}>
                      {orderStatusLabel(tc, order.status)}
                    </span>
                    <span className="record-amount">
                      {formatMoney(order.total, order.currency_code)}
                    </span>
                    <span className="hint">
                      {t("dashboard.orders.placed", { date: formatDate(order.created_at) })}
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
          {may.purchaseOrders && (
            <Panel
              id="purchase-orders"
              title={t("dashboard.purchase_orders.title")}
              query={purchaseOrders}
              counted={(count) => t("dashboard.purchase_orders.counted", { count })}
              all={{
                to: "/account/supplier/purchase-orders",
                label: t("dashboard.purchase_orders.all"),
              }}
              empty={t("dashboard.purchase_orders.empty")}
            >
              {(page) =>
                page.purchase_orders.map((order) => (
                  <li key={order.id}>
                    <Link to={`/account/supplier/purchase-orders/${order.id}`}>
                      {t("dashboard.purchase_orders.label", { number: order.number })}
                    </Link>
                    <span className={`badge po-status status-${order.status}`}>
                      {purchaseOrderStatusLabel(tc, order.status)}
                    </span>
                    <span className="record-amount">
                      {formatMoney(order.total, order.currency_code)}
                    </span>
                    <span className="hint">
                      {order.sent_at
                        ? t("dashboard.purchase_orders.sent", { date: formatDate(order.sent_at) })
                        : ""}
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
        </div>
      ) : (
        <p className="card">{t("dashboard.no_sections", { company: company?.name ?? "" })}</p>
      )}
    </>
  )
}

/** One section's card: its counter (the list route's count), a short list and a link to all. */
function Panel<P extends { count: number }>({
  id,
  title,
  query,
  counted,
  summary,
  all,
  empty,
  children,
}: {
  id: string
  title: string
  query: UseQueryResult<P>
  /** The words after the counter ("waiting for a decision"), for its number. */
  counted: (count: number) => string
  summary?: (page: P) => ReactNode
  all: { to: string; label: string }
  empty: string
  children: (page: P) => ReactNode
}) {
  const tc = useT("common")
  const titleId = `${id}-panel`
  return (
    <section className="card" aria-labelledby={titleId} aria-busy={query.isFetching}>
      <h2 id={titleId}>{title}</h2>
      {query.isPending ? (
        <p className="loading" role="status">
          {tc("status.loading")}
        </p>
      ) : query.isError ? (
        <>
          <p className="error" role="alert">
            {describeError(tc, query.error)}
          </p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {tc("status.try_again")}
          </button>
        </>
      ) : (
        <>
          <p>
            <span className="counter" data-testid={`counter-${id}`}>
              {query.data.count}
            </span>{" "}
            {counted(query.data.count)}
          </p>
          {summary?.(query.data)}
          {query.data.count ? (
            <ul className="short-list">{children(query.data)}</ul>
          ) : (
            <p className="hint">{empty}</p>
          )}
        </>
      )}
      <Link to={all.to}>{all.label}</Link>
    </section>
  )
}

/** "N quotes with new replies", linking to them: staff messages after the contact's read marker. */
function UnreadReplies({ query }: { query: UseQueryResult<StorePortalQuoteListResponse> }) {
  const t = useT("account")
  if (query.isPending) return null
  if (query.isError) return <p className="hint">{t("dashboard.quotes.unread_failed")}</p>
  const count = query.data.count
  return (
    <p className={count ? undefined : "hint"} data-testid="unread-replies">
      {count ? (
        <Link to="/account/quotes?show=unread">{t("dashboard.quotes.unread", { count })}</Link>
      ) : (
        t("dashboard.quotes.no_unread")
      )}
    </p>
  )
}

/** How many are overdue and what is due, per currency (every unpaid invoice when they fit one page). */
function DueSummary({ page }: { page: StorePortalInvoiceListResponse }) {
  const t = useT("account")
  if (!page.count) return null
  const complete = page.invoices.length >= page.count
  const due = new Map<string, number>()
  for (const invoice of page.invoices) {
    due.set(invoice.currency_code, (due.get(invoice.currency_code) ?? 0) + invoice.amount)
  }
  const overdue = page.invoices.filter((invoice) => invoice.status === "overdue").length
  const amounts = [...due].map(([currency, amount]) => formatMoney(amount, currency)).join(" + ")
  return (
    <p className="hint" data-testid="amount-due">
      {t(
        overdue
          ? complete
            ? "dashboard.invoices.due_overdue"
            : "dashboard.invoices.due_at_least_overdue"
          : complete
            ? "dashboard.invoices.due"
            : "dashboard.invoices.due_at_least",
        { amounts, count: overdue }
      )}
    </p>
  )
}

/** "Valid until 30 June 2026 · Expires in 14 days", or that the quote has no end date. */
function ValidUntil({ validUntil }: { validUntil: string | null }) {
  const t = useT("account")
  const tc = useT("common")
  if (!validUntil) return <>{t("dashboard.quotes.no_end_date")}</>
  const date = formatDate(validUntil)
  const expires = expiresIn(tc, daysLeft(validUntil))
  return (
    <>
      {expires
        ? t("dashboard.quotes.valid_until_expires", { date, expires })
        : t("dashboard.quotes.valid_until", { date })}
    </>
  )
}
