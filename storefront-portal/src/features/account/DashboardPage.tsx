import type { StorePortalInvoiceListResponse } from "@shared/http/invoices"
import type { StorePortalQuoteListResponse } from "@shared/http/quotes"
import { can } from "@shared/permissions"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link, useSearchParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { describeError } from "../../lib/api"
import { PURCHASE_ORDER_STATUS_LABELS } from "@shared/procurement"
import { expiresIn, formatDate, formatMoney } from "../../lib/format"
import { accessOf, activeCompanyOf, displayName, visibleSections } from "../../app/access"
import { UnreadBadge } from "../../components/UnreadBadge"
import { useInvoices } from "../../lib/data/invoices"
import { useMe } from "../../lib/data/me"
import { useOrders } from "../../lib/data/orders"
import { usePurchaseOrders } from "../../lib/data/purchase-orders"
import { useQuotes } from "../../lib/data/quotes"
import { ORDER_STATUS_LABEL } from "../../lib/labels"

/** Invoices read at once to add up what is due; a company with more sees "at least". */
const DUE_LIMIT = 50

/**
 * `/account`: who and for which company, then per section the contact may see
 * a counter and a short list (quotes waiting for a decision and those with
 * unread replies, invoices to pay, recent orders), each row linking to its page.
 */
export function DashboardPage() {
  const { data: me } = useMe()
  const [params] = useSearchParams()
  useTitle("Overview")
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
        <p className="eyebrow">{params.get("welcome") ? "Welcome to your portal" : "Overview"}</p>
        <h1 id="overview-title">Hello, {displayName(me)}</h1>
        <p data-testid="active-company">
          You are acting for <strong>{company?.name}</strong>.
        </p>
      </section>
      {visibleSections(me).length ? (
        <div className="dashboard">
          {may.quotes && (
            <Panel
              id="quotes"
              title="Quotes"
              query={quotes}
              counted="waiting for a decision"
              summary={() => <UnreadReplies query={unread} />}
              all={{ to: "/account/quotes?show=open", label: "All quotes" }}
              empty="No quote is waiting for you."
            >
              {(page) =>
                page.quotes.map((quote) => (
                  <li key={quote.id}>
                    <Link to={`/account/quotes/${quote.id}`}>Quote {quote.number}</Link>
                    <UnreadBadge count={quote.unread_count} />
                    <span className="record-amount">
                      {formatMoney(quote.total, quote.currency_code)}
                    </span>
                    <span className="hint">
                      {quote.valid_until
                        ? `Valid until ${formatDate(quote.valid_until)}${
                            expiresIn(quote.valid_until) ? ` · ${expiresIn(quote.valid_until)}` : ""
                          }`
                        : "No end date"}
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
          {may.invoices && (
            <Panel
              id="invoices"
              title="Invoices to pay"
              query={invoices}
              counted="unpaid"
              summary={(page) => <DueSummary page={page} />}
              all={{ to: "/account/invoices?show=due", label: "All invoices" }}
              empty="Nothing to pay."
            >
              {(page) =>
                page.invoices.slice(0, 5).map((invoice) => (
                  <li key={invoice.id}>
                    <Link to={`/account/invoices/${invoice.id}`}>Invoice {invoice.number}</Link>
                    {invoice.status === "overdue" && (
                      <span className="badge status-overdue">Overdue</span>
                    )}
                    <span className="record-amount">
                      {formatMoney(invoice.amount, invoice.currency_code)}
                    </span>
                    <span className="hint">
                      {invoice.due_at ? `Due ${formatDate(invoice.due_at)}` : "Due on receipt"}
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
          {may.orders && (
            <Panel
              id="orders"
              title="Recent orders"
              query={orders}
              counted="in all"
              all={{ to: "/account/orders", label: "All orders" }}
              empty="No orders yet."
            >
              {(page) =>
                page.orders.map((order) => (
                  <li key={order.id}>
                    <Link to={`/account/orders/${order.id}`}>Order #{order.display_id}</Link>
                    <span className={`badge status-${order.status}`}>
                      {ORDER_STATUS_LABEL[order.status]}
                    </span>
                    <span className="record-amount">
                      {formatMoney(order.total, order.currency_code)}
                    </span>
                    <span className="hint">Placed {formatDate(order.created_at)}</span>
                  </li>
                ))
              }
            </Panel>
          )}
          {may.purchaseOrders && (
            <Panel
              id="purchase-orders"
              title="Purchase orders to acknowledge"
              query={purchaseOrders}
              counted="waiting for your dates"
              all={{ to: "/account/supplier/purchase-orders", label: "All purchase orders" }}
              empty="No purchase order is waiting for you."
            >
              {(page) =>
                page.purchase_orders.map((order) => (
                  <li key={order.id}>
                    <Link to={`/account/supplier/purchase-orders/${order.id}`}>
                      Purchase order {order.number}
                    </Link>
                    <span className={`badge po-status status-${order.status}`}>
                      {PURCHASE_ORDER_STATUS_LABELS[order.status]}
                    </span>
                    <span className="record-amount">
                      {formatMoney(order.total, order.currency_code)}
                    </span>
                    <span className="hint">
                      {order.sent_at ? `Sent ${formatDate(order.sent_at)}` : ""}
                    </span>
                  </li>
                ))
              }
            </Panel>
          )}
        </div>
      ) : (
        <p className="card">
          Your teams at {company?.name} do not give you access to quotes, orders or invoices yet.
          Your profile is yours to change.
        </p>
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
  counted: string
  summary?: (page: P) => ReactNode
  all: { to: string; label: string }
  empty: string
  children: (page: P) => ReactNode
}) {
  const titleId = `${id}-panel`
  return (
    <section className="card" aria-labelledby={titleId} aria-busy={query.isFetching}>
      <h2 id={titleId}>{title}</h2>
      {query.isPending ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : query.isError ? (
        <>
          <p className="error" role="alert">
            {describeError(query.error)}
          </p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </>
      ) : (
        <>
          <p>
            <span className="counter" data-testid={`counter-${id}`}>
              {query.data.count}
            </span>{" "}
            {counted}
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
  if (query.isPending) return null
  if (query.isError) return <p className="hint">New replies could not be checked.</p>
  const count = query.data.count
  return (
    <p className={count ? undefined : "hint"} data-testid="unread-replies">
      {count ? (
        <Link to="/account/quotes?show=unread">
          {count} {count === 1 ? "quote" : "quotes"} with new replies
        </Link>
      ) : (
        "No new replies."
      )}
    </p>
  )
}

/** How many are overdue and what is due, per currency (every unpaid invoice when they fit one page). */
function DueSummary({ page }: { page: StorePortalInvoiceListResponse }) {
  if (!page.count) return null
  const complete = page.invoices.length >= page.count
  const due = new Map<string, number>()
  for (const invoice of page.invoices) {
    due.set(invoice.currency_code, (due.get(invoice.currency_code) ?? 0) + invoice.amount)
  }
  const overdue = page.invoices.filter((invoice) => invoice.status === "overdue").length
  return (
    <p className="hint" data-testid="amount-due">
      {complete ? "Due: " : "Due, at least: "}
      {[...due].map(([currency, amount]) => formatMoney(amount, currency)).join(" + ")}
      {overdue ? ` · ${overdue} overdue` : ""}
    </p>
  )
}
