import type { StorePortalSupplierBill } from "@shared/http/supplier-bills"
import type { SupplierBillStatus } from "@shared/procurement"
import { can } from "@shared/permissions"
import { Link } from "react-router"
import { formatDate, formatDay, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { accessOf } from "../../app/access"
import { SectionList } from "../../app/ListStates"
import { useMe } from "../../lib/data/me"
import { DownloadFileButton } from "../../components/DownloadFileButton"
import { supplierBills, useSupplierBills } from "../../lib/data/supplier-bills"
import { supplierBillStatusLabel } from "./labels"
import { SupplierNav } from "./SupplierNav"

type Filters = Record<string, { label: string; status?: SupplierBillStatus[] }>

/**
 * `/account/supplier/bills`: the bills the active company submitted, with their
 * status and, when rejected, the merchant's reason. Bills are submitted from
 * their purchase order's page.
 */
export function BillsPage() {
  const t = useT("supplier")
  const { data: me } = useMe()
  const mayOpenOrders = !!me && can(accessOf(me), "purchase_orders.view")
  const filters: Filters = {
    all: { label: t("bills.filters.all") },
    submitted: { label: t("bills.filters.submitted"), status: ["submitted"] },
    approved: { label: t("bills.filters.approved"), status: ["approved"] },
    paid: { label: t("bills.filters.paid"), status: ["paid"] },
    rejected: { label: t("bills.filters.rejected"), status: ["rejected"] },
  }
  return (
    <>
      <SupplierNav />
      <SectionList
        texts={{
          title: t("bills.title"),
          heading: (company) => t("bills.heading", { company }),
          loading: t("bills.loading"),
          empty: t("bills.empty"),
          no_match: t("bills.no_match"),
        }}
        filters={filters}
        useRows={useSupplierBills}
        rowsOf={(page) => page.supplier_bills}
        row={(bill) => <BillRow bill={bill} mayOpenOrders={mayOpenOrders} />}
      />
    </>
  )
}

function BillRow({
  bill,
  mayOpenOrders,
}: {
  bill: StorePortalSupplierBill
  mayOpenOrders: boolean
}) {
  const t = useT("supplier")
  return (
    <>
      <span className="record-title">{t("bills.label", { number: bill.bill_number })}</span>
      <span className={`badge bill-status status-${bill.status}`}>
        {supplierBillStatusLabel(t, bill.status)}
      </span>
      <span className="record-amount">{formatMoney(bill.amount, bill.currency_code)}</span>
      <span className="hint">
        {[
          bill.created_at
            ? t("bills.submitted_on", { date: formatDate(bill.created_at) })
            : t("bills.submitted"),
          bill.due_at && t("bills.due", { date: formatDay(bill.due_at) }),
          bill.purchase_order && !mayOpenOrders && bill.purchase_order.number,
        ]
          .filter(Boolean)
          .join(" · ")}
      </span>
      {bill.purchase_order && mayOpenOrders && (
        <Link to={`/account/supplier/purchase-orders/${bill.purchase_order.id}`}>
          {t("purchase_order.label", { number: bill.purchase_order.number })}
        </Link>
      )}
      {bill.status === "rejected" && bill.rejection_reason && (
        <p className="rejection" data-testid="rejection-reason">
          {t("bills.rejected", { reason: bill.rejection_reason })}
        </p>
      )}
      <DownloadFileButton
        label={t("bills.download", { number: bill.bill_number })}
        file={{ name: `bill-${bill.bill_number}.pdf`, fetch: () => supplierBills.pdf(bill.id) }}
      />
    </>
  )
}
