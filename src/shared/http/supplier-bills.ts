import type { SupplierBillStatus } from "../procurement"
import type { OneOrMany, PaginatedResponse } from "./common"
import type { PortalNamedRef } from "./purchase-orders"

/**
 * Bills suppliers submit against purchase orders (docs/ARCHITECTURE.md,
 * "Procurement"): the same fields for staff and for the supplier's contacts,
 * the supplier company for staff only. Amounts in the major unit, dates ISO.
 */

export type StorePortalSupplierBill = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  amount: number
  currency_code: string
  due_at: string | null
  created_at: string | null
  rejection_reason: string | null
  purchase_order: { id: string; number: string } | null
}

/** One bill: also the PDF's size and when it was approved, paid or rejected. */
export type StorePortalSupplierBillDetail = StorePortalSupplierBill & {
  file_size: number
  approved_at: string | null
  paid_at: string | null
  rejected_at: string | null
}

export type AdminPortalSupplierBill = StorePortalSupplierBill & {
  supplier_company: PortalNamedRef
}

export type AdminPortalSupplierBillDetail = StorePortalSupplierBillDetail & {
  supplier_company: PortalNamedRef
}

export type AdminPortalSupplierBillResponse = { supplier_bill: AdminPortalSupplierBillDetail }
export type AdminPortalSupplierBillListResponse = PaginatedResponse<{
  supplier_bills: AdminPortalSupplierBill[]
}>
export type StorePortalSupplierBillResponse = { supplier_bill: StorePortalSupplierBillDetail }
export type StorePortalSupplierBillListResponse = PaginatedResponse<{
  supplier_bills: StorePortalSupplierBill[]
}>

export type AdminListPortalSupplierBillsParams = {
  limit?: number
  offset?: number
  status?: OneOrMany<SupplierBillStatus>
  supplier_company_id?: string
  purchase_order_id?: string
}

/** Why the bill is rejected; the supplier sees it. */
export type AdminRejectPortalSupplierBillBody = { reason: string }

export type StoreListPortalSupplierBillsParams = {
  limit?: number
  offset?: number
  status?: OneOrMany<SupplierBillStatus>
  purchase_order_id?: string
}

/**
 * The text fields of the multipart upload (the PDF is the `file` part): the
 * amount a decimal string in the major unit ("1234.50"), the due date "YYYY-MM-DD".
 */
export type StoreSubmitPortalSupplierBillBody = {
  purchase_order_id: string
  bill_number: string
  amount: string
  due_date: string
}
