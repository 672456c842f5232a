import { OPEN_PURCHASE_ORDER_STATUSES, type PurchaseOrderStatus } from "@shared/procurement"
import { Link } from "react-router"
import { formatDate, formatDay, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { SectionList } from "../../app/ListStates"
import { usePurchaseOrders } from "../../lib/data/purchase-orders"
import { purchaseOrderStatusLabel } from "../../lib/labels"
import { SupplierNav } from "./SupplierNav"

type Filters = Record<string, { label: string; status?: PurchaseOrderStatus[] }>

/** `/account/supplier/purchase-orders`: the merchant's orders to the active company, newest first. */
export function PurchaseOrdersPage() {
  const t = useT("supplier")
  const tc = useT("common")
  const filters: Filters = {
    all: { label: t("purchase_orders.filters.all") },
    sent: { label: t("purchase_orders.filters.sent"), status: ["sent"] },
    open: {
      label: t("purchase_orders.filters.open"),
      status: [...OPEN_PURCHASE_ORDER_STATUSES],
    },
    received: { label: t("purchase_orders.filters.received"), status: ["received"] },
    cancelled: { label: t("purchase_orders.filters.cancelled"), status: ["cancelled"] },
  }
  return (
    <>
      <SupplierNav />
      <SectionList
        texts={{
          title: t("nav.purchase_orders"),
          heading: (company) => t("purchase_orders.heading", { company }),
          loading: t("purchase_orders.loading"),
          empty: t("purchase_orders.empty"),
          no_match: t("purchase_orders.no_match"),
        }}
        filters={filters}
        useRows={usePurchaseOrders}
        rowsOf={(page) => page.purchase_orders}
        row={(order) => (
          <>
            <Link className="record-title" to={`/account/supplier/purchase-orders/${order.id}`}>
              {t("purchase_order.label", { number: order.number })}
            </Link>
            <span className={`badge po-status status-${order.status}`}>
              {purchaseOrderStatusLabel(tc, order.status)}
            </span>
            <span className="record-amount">{formatMoney(order.total, order.currency_code)}</span>
            <span className="hint">
              {[
                t("purchase_orders.lines", { count: order.line_count }),
                order.sent_at && t("purchase_orders.sent", { date: formatDate(order.sent_at) }),
                order.expected_at
                  ? t("purchase_orders.expected", { date: formatDay(order.expected_at) })
                  : t("purchase_orders.no_date"),
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </>
        )}
      />
    </>
  )
}
