import type { PurchaseOrderStatus, SupplierBillStatus } from "../procurement"
import type { OneOrMany, PaginatedResponse } from "./common"

/**
 * Purchase orders to suppliers (docs/ARCHITECTURE.md, "Procurement"): staff's
 * `/admin/portal/purchase-orders` and a supplier contact's
 * `/store/portal/purchase-orders`, one reader with two audiences. A supplier
 * never sees a draft, the timeline, variant or inventory ids, or who created it.
 */

/** A company or stock location by id, with its name (null once it is gone). */
export type PortalNamedRef = { id: string; name: string | null }

/** Where the goods go: the stock location's name and address. */
export type PortalPurchaseOrderShipTo = {
  name: string | null
  address: {
    company: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    country_code: string | null
    phone: string | null
  } | null
}

/** A PO line as both audiences see it. */
export type StorePortalPurchaseOrderLine = {
  id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  quantity: number
  received_quantity: number
  unit_cost: number
  promised_at: string | null
}

export type AdminPortalPurchaseOrderLine = StorePortalPurchaseOrderLine & {
  variant_id: string
  inventory_item_id: string | null
}

/** A bill submitted against the PO, oldest first. */
export type PortalPurchaseOrderBill = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  amount: number
  due_at: string | null
  rejection_reason: string | null
}

/** What every PO answer says, whoever reads it. */
type PortalPurchaseOrderSummaryBase = {
  id: string
  number: string
  status: PurchaseOrderStatus
  currency_code: string
  total: number
  line_count: number
  sent_at: string | null
  /** The earliest date the supplier promised for a line still to come, or null. */
  expected_at: string | null
}

type PortalPurchaseOrderBase = {
  id: string
  number: string
  status: PurchaseOrderStatus
  currency_code: string
  notes: string | null
  /** What the supplier asked to change, while the PO is change_requested (and after). */
  change_request: string | null
  total: number
  sent_at: string | null
  acknowledged_at: string | null
  received_at: string | null
  cancelled_at: string | null
  ship_to: PortalPurchaseOrderShipTo
  bills: PortalPurchaseOrderBill[]
}

export type AdminPortalPurchaseOrderSummary = PortalPurchaseOrderSummaryBase & {
  supplier_company: PortalNamedRef
  stock_location: PortalNamedRef
  created_at: string | null
}

/** One entry of the PO's timeline (staff only). */
export type AdminPortalProcurementEvent = {
  id: string
  type: string
  actor_type: "staff" | "supplier" | "system"
  actor_id: string | null
  supplier_bill_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type AdminPortalPurchaseOrder = PortalPurchaseOrderBase & {
  lines: AdminPortalPurchaseOrderLine[]
  supplier_company: PortalNamedRef
  stock_location: PortalNamedRef
  created_by: string | null
  created_at: string | null
  events: AdminPortalProcurementEvent[]
}

export type StorePortalPurchaseOrderSummary = PortalPurchaseOrderSummaryBase & {
  acknowledged_at: string | null
}

export type StorePortalPurchaseOrder = PortalPurchaseOrderBase & {
  lines: StorePortalPurchaseOrderLine[]
  /** Staff declined the last change asked for, with their message; the PO is as sent. */
  declined_change: {
    change_request: string | null
    message: string | null
    declined_at: string
  } | null
  /** Sent, and this contact may acknowledge it or ask for a change. */
  can_acknowledge: boolean
  /** This contact may submit a bill for it now. */
  can_bill: boolean
}

export type AdminPortalPurchaseOrderResponse = { purchase_order: AdminPortalPurchaseOrder }
export type AdminPortalPurchaseOrderListResponse = PaginatedResponse<{
  purchase_orders: AdminPortalPurchaseOrderSummary[]
}>
export type StorePortalPurchaseOrderResponse = { purchase_order: StorePortalPurchaseOrder }
export type StorePortalPurchaseOrderListResponse = PaginatedResponse<{
  purchase_orders: StorePortalPurchaseOrderSummary[]
}>

/** One line of a PO being written: money in the major unit, at most 4 decimals. */
export type AdminPortalPurchaseOrderLineBody = {
  variant_id: string
  quantity: number
  unit_cost: number
}

export type AdminCreatePortalPurchaseOrderBody = {
  supplier_company_id: string
  stock_location_id: string
  currency_code: string
  notes?: string | null
  lines: AdminPortalPurchaseOrderLineBody[]
}

export type AdminUpdatePortalPurchaseOrderBody = {
  notes?: string | null
  lines?: AdminPortalPurchaseOrderLineBody[]
}

export type AdminReceivePortalPurchaseOrderBody = {
  lines: { line_id: string; quantity: number }[]
}

export type AdminCancelPortalPurchaseOrderBody = { reason?: string }

export type AdminDeclinePortalPurchaseOrderChangeBody = { message?: string }

export type AdminListPortalPurchaseOrdersParams = {
  limit?: number
  offset?: number
  status?: OneOrMany<PurchaseOrderStatus>
  supplier_company_id?: OneOrMany<string>
  /** "PO-1001", "1001" or part of the supplier's name. */
  q?: string
}

/** A promised date ("YYYY-MM-DD") for every line. */
export type StoreAcknowledgePortalPurchaseOrderBody = {
  lines: { line_id: string; promised_at: string }[]
  note?: string | null
}

export type StoreRequestPortalPurchaseOrderChangeBody = { message: string }

export type StoreListPortalPurchaseOrdersParams = {
  limit?: number
  offset?: number
  status?: OneOrMany<PurchaseOrderStatus>
}
