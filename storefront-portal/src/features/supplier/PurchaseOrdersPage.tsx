import {
  OPEN_PURCHASE_ORDER_STATUSES,
  PURCHASE_ORDER_STATUS_LABELS,
  type PurchaseOrderStatus,
} from "@shared/procurement"
import { Link } from "react-router"
import { formatDate, formatDay, formatMoney } from "../../lib/format"
import { SectionList } from "../../app/ListStates"
import { usePurchaseOrders } from "../../lib/data/purchase-orders"
import { SupplierNav } from "./SupplierNav"

const FILTERS: Record<string, { label: string; status?: PurchaseOrderStatus[] }> = {
  all: { label: "All purchase orders" },
  sent: { label: "To acknowledge", status: ["sent"] },
  open: { label: "Open (not yet received)", status: [...OPEN_PURCHASE_ORDER_STATUSES] },
  received: { label: "Received", status: ["received"] },
  cancelled: { label: "Cancelled", status: ["cancelled"] },
}

/** `/account/supplier/purchase-orders`: the merchant's orders to the active company, newest first. */
export function PurchaseOrdersPage() {
  return (
    <>
      <SupplierNav />
      <SectionList
        section="Purchase orders"
        filters={FILTERS}
        useRows={usePurchaseOrders}
        rowsOf={(page) => page.purchase_orders}
        row={(order) => (
          <>
            <Link className="record-title" to={`/account/supplier/purchase-orders/${order.id}`}>
              Purchase order {order.number}
            </Link>
            <span className={`badge po-status status-${order.status}`}>
              {PURCHASE_ORDER_STATUS_LABELS[order.status]}
            </span>
            <span className="record-amount">{formatMoney(order.total, order.currency_code)}</span>
            <span className="hint">
              {order.line_count} {order.line_count === 1 ? "line" : "lines"}
              {order.sent_at ? ` · Sent ${formatDate(order.sent_at)}` : ""}
              {order.expected_at
                ? ` · Expected ${formatDay(order.expected_at)}`
                : " · No date promised yet"}
            </span>
          </>
        )}
      />
    </>
  )
}
