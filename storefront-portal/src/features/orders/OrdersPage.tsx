import type { ClientOrderStatus } from "@shared/order-status"
import { Link } from "react-router"
import { SectionList } from "../../app/ListStates"
import { useOrders } from "../../lib/data/orders"
import { formatDate, formatMoney } from "../../lib/format"
import { ORDER_STATUS_LABEL } from "../../lib/labels"

const FILTERS: Record<string, { label: string; status?: ClientOrderStatus[] }> = {
  all: { label: "All orders" },
  open: { label: "In progress", status: ["placed", "processing", "shipped"] },
  ...Object.fromEntries(
    Object.entries(ORDER_STATUS_LABEL).map(([status, label]) => [
      status,
      { label, status: [status as ClientOrderStatus] },
    ])
  ),
}

/** `/account/orders`: the active company's orders, newest first, by client status, a page at a time. */
export function OrdersPage() {
  return (
    <SectionList
      section="Orders"
      filters={FILTERS}
      useRows={useOrders}
      rowsOf={(page) => page.orders}
      row={(order) => (
        <>
          <Link className="record-title" to={`/account/orders/${order.id}`}>
            Order #{order.display_id}
          </Link>
          <span className={`badge status-${order.status}`}>{ORDER_STATUS_LABEL[order.status]}</span>
          <span className="record-amount">{formatMoney(order.total, order.currency_code)}</span>
          <span className="hint">
            Placed {formatDate(order.created_at)}
            {order.quote ? ` · from quote ${order.quote.number}` : ""}
            {order.tracking_numbers.length
              ? ` · Tracking ${order.tracking_numbers.join(", ")}`
              : ""}
          </span>
        </>
      )}
    />
  )
}
