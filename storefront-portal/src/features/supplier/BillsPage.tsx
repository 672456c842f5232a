import type { StorePortalSupplierBill } from "@shared/http/supplier-bills"
import { SUPPLIER_BILL_STATUS_LABELS, type SupplierBillStatus } from "@shared/procurement"
import { can } from "@shared/permissions"
import { Link } from "react-router"
import { formatDate, formatDay, formatMoney } from "../../lib/format"
import { accessOf } from "../../app/access"
import { SectionList } from "../../app/ListStates"
import { useMe } from "../../lib/data/me"
import { DownloadFileButton } from "../../components/DownloadFileButton"
import { supplierBills, useSupplierBills } from "../../lib/data/supplier-bills"
import { SupplierNav } from "./SupplierNav"

const FILTERS: Record<string, { label: string; status?: SupplierBillStatus[] }> = {
  all: { label: "All bills" },
  submitted: { label: "Awaiting review", status: ["submitted"] },
  approved: { label: "Approved", status: ["approved"] },
  paid: { label: "Paid", status: ["paid"] },
  rejected: { label: "Rejected", status: ["rejected"] },
}

/**
 * `/account/supplier/bills`: the bills the active company submitted, with their
 * status and, when rejected, the merchant's reason. Bills are submitted from
 * their purchase order's page.
 */
export function BillsPage() {
  const { data: me } = useMe()
  const mayOpenOrders = !!me && can(accessOf(me), "purchase_orders.view")
  return (
    <>
      <SupplierNav />
      <SectionList
        section="Bills"
        filters={FILTERS}
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
  return (
    <>
      <span className="record-title">Bill {bill.bill_number}</span>
      <span className={`badge bill-status status-${bill.status}`}>
        {SUPPLIER_BILL_STATUS_LABELS[bill.status]}
      </span>
      <span className="record-amount">{formatMoney(bill.amount, bill.currency_code)}</span>
      <span className="hint">
        {bill.created_at ? `Submitted ${formatDate(bill.created_at)}` : "Submitted"}
        {bill.due_at ? ` · Due ${formatDay(bill.due_at)}` : ""}
        {bill.purchase_order && !mayOpenOrders ? ` · ${bill.purchase_order.number}` : ""}
      </span>
      {bill.purchase_order && mayOpenOrders && (
        <Link to={`/account/supplier/purchase-orders/${bill.purchase_order.id}`}>
          Purchase order {bill.purchase_order.number}
        </Link>
      )}
      {bill.status === "rejected" && bill.rejection_reason && (
        <p className="rejection" data-testid="rejection-reason">
          Rejected: {bill.rejection_reason}
        </p>
      )}
      <DownloadFileButton
        label={`Download bill ${bill.bill_number} (PDF)`}
        file={{ name: `bill-${bill.bill_number}.pdf`, fetch: () => supplierBills.pdf(bill.id) }}
      />
    </>
  )
}
