import type {
  PurchaseOrderBillView,
  PurchaseOrderLineView,
  PurchaseOrderStatus,
  SupplierBillStatus,
} from "@shared/procurement"
import { useQuery } from "@tanstack/react-query"
import { memberFetch, memberPdf, memberUpload } from "../../lib/member-api"
import type { Page } from "../account/records"

// The supplier's side of procurement as the member routes answer it (README,
// "/store/portal/purchase-orders", "/store/portal/supplier-bills"): the active
// company's purchase orders (never a draft) and the bills it submitted. Money is
// a number in the currency's major unit; dates are ISO strings.

export type PurchaseOrderRow = {
  id: string
  number: string
  status: PurchaseOrderStatus
  currency_code: string
  total: number
  line_count: number
  sent_at: string | null
  acknowledged_at: string | null
  /** The earliest date promised on its lines, or null. */
  expected_at: string | null
}

export type PurchaseOrderLine = PurchaseOrderLineView

export type PurchaseOrderBill = PurchaseOrderBillView & { rejection_reason: string | null }

export type PurchaseOrderDetail = {
  id: string
  number: string
  status: PurchaseOrderStatus
  currency_code: string
  notes: string | null
  change_request: string | null
  /** Staff declined the last change asked for, with their message; the PO is as sent. */
  declined_change: {
    change_request: string | null
    message: string | null
    declined_at: string
  } | null
  total: number
  sent_at: string | null
  acknowledged_at: string | null
  received_at: string | null
  cancelled_at: string | null
  ship_to: { name: string; address: unknown } | null
  lines: PurchaseOrderLine[]
  bills: PurchaseOrderBill[]
  /** Sent and the contact may acknowledge or ask for a change. */
  can_acknowledge: boolean
  /** The contact may submit a bill for it now. */
  can_bill: boolean
}

export type SupplierBillRow = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  amount: number
  currency_code: string
  due_at: string | null
  created_at: string
  rejection_reason: string | null
  purchase_order: { id: string; number: string } | null
}

export type Acknowledgement = {
  lines: { line_id: string; promised_at: string }[]
  note?: string
}

export type NewBill = {
  purchase_order_id: string
  bill_number: string
  /** A decimal string in the major unit, e.g. "1234.50". */
  amount: string
  /** "YYYY-MM-DD". */
  due_date: string
  file: File
}

type ListQuery = { limit?: number; offset?: number; status?: readonly string[] }

const po = (id: string) => `/store/portal/purchase-orders/${encodeURIComponent(id)}`

export const supplier = {
  purchaseOrders: (query: ListQuery) =>
    memberFetch<Page<"purchase_orders", PurchaseOrderRow>>("/store/portal/purchase-orders", {
      query,
    }),
  purchaseOrder: (id: string) => memberFetch<{ purchase_order: PurchaseOrderDetail }>(po(id)),
  purchaseOrderPdf: (id: string) => memberPdf(`${po(id)}/pdf`),
  acknowledge: (id: string, body: Acknowledgement) =>
    memberFetch<{ purchase_order: PurchaseOrderDetail }>(`${po(id)}/acknowledge`, {
      method: "POST",
      body,
    }),
  requestChange: (id: string, message: string) =>
    memberFetch<{ purchase_order: PurchaseOrderDetail }>(`${po(id)}/request-change`, {
      method: "POST",
      body: { message },
    }),
  bills: (query: ListQuery & { purchase_order_id?: string }) =>
    memberFetch<Page<"supplier_bills", SupplierBillRow>>("/store/portal/supplier-bills", {
      query,
    }),
  billPdf: (id: string) => memberPdf(`/store/portal/supplier-bills/${encodeURIComponent(id)}/pdf`),
  submitBill: (bill: NewBill) => {
    const form = new FormData()
    form.append("purchase_order_id", bill.purchase_order_id)
    form.append("bill_number", bill.bill_number)
    form.append("amount", bill.amount)
    form.append("due_date", bill.due_date)
    form.append("file", bill.file, bill.file.name)
    return memberUpload<{ supplier_bill: SupplierBillRow }>("/store/portal/supplier-bills", form)
  },
}

/** The list pages' query keys (SectionList's, by section name): what an action makes stale. */
export const LIST_KEYS = [["purchase orders"], ["bills"]] as const

export const usePurchaseOrder = (id: string) =>
  useQuery({ queryKey: ["purchase-order", id], queryFn: () => supplier.purchaseOrder(id) })
