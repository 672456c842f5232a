import type { ClientOrderStatus } from "@shared/order-status"
import { Link } from "react-router"
import { SectionList } from "../../app/ListStates"
import { useOrders } from "../../lib/data/orders"
import { formatDate, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { ORDER_STATUSES, orderStatusLabel } from "../../lib/labels"

/** `/account/orders`: the active company's orders, newest first, by client status, a page at a time. */
export function OrdersPage() {
  const t = useT("orders")
  const tc = useT("common")
  const filters: Record<string, { label: string; status?: ClientOrderStatus[] }> = {
    all: { label: t("list.all") },
    open: { label: t("list.open"), status: ["placed", "processing", "shipped"] },
    ...Object.fromEntries(
      ORDER_STATUSES.map((status) => [
        status,
        { label: orderStatusLabel(tc, status), status: [status] },
      ])
    ),
  }
  return (
    <SectionList
      texts={{
        title: tc("sections.orders"),
        heading: (company) => t("list.heading", { company }),
        loading: t("list.loading"),
        empty: t("list.empty"),
        no_match: t("list.no_match"),
      }}
      filters={filters}
      useRows={useOrders}
      rowsOf={(page) => page.orders}
      row={(order) => (
        <>
          <Link className="record-title" to={`/account/orders/${order.id}`}>
            {t("label", { number: order.display_id })}
          </Link>
          <span className={`badge status-${order.status}`}>
            {orderStatusLabel(tc, order.status)}
          </span>
          <span className="record-amount">{formatMoney(order.total, order.currency_code)}</span>
          <span className="hint">
            {[
              t("list.placed_on", { date: formatDate(order.created_at) }),
              ...(order.quote ? [t("list.from_quote", { number: order.quote.number })] : []),
              ...(order.tracking_numbers.length
                ? [t("list.tracking", { numbers: order.tracking_numbers.join(", ") })]
                : []),
            ].join(" · ")}
          </span>
        </>
      )}
    />
  )
}
