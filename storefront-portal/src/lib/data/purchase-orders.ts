import type {
  PurchaseOrderBillView,
  PurchaseOrderLineView,
  PurchaseOrderStatus,
} from "@shared/procurement"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { memberFetch, memberPdf } from "../member-api"
import type { ListOptions, ListQuery, Page } from "./lists"

// The supplier's side of procurement as the member routes answer it (README,
// "/store/portal/purchase-orders"): the active company's purchase orders (never
// a draft); its bills are in supplier-bills.ts. Money is a number in the
// currency's major unit; dates are ISO strings.

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

export type Acknowledgement = {
  lines: { line_id: string; promised_at: string }[]
  note?: string
}

const po = (id: string) => `/store/portal/purchase-orders/${encodeURIComponent(id)}`

export const purchaseOrderKeys = {
  all: ["purchase-orders"] as const,
  lists: () => [...purchaseOrderKeys.all, "list"] as const,
  list: (query: ListQuery) => [...purchaseOrderKeys.lists(), query] as const,
  detail: (id: string) => [...purchaseOrderKeys.all, "detail", id] as const,
}

export const purchaseOrders = {
  list: (query: ListQuery) =>
    memberFetch<Page<"purchase_orders", PurchaseOrderRow>>("/store/portal/purchase-orders", {
      query,
    }),
  retrieve: (id: string) => memberFetch<{ purchase_order: PurchaseOrderDetail }>(po(id)),
  pdf: (id: string) => memberPdf(`${po(id)}/pdf`),
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
}

/** A page of purchase orders; the previous page stays shown while the next loads. */
export const usePurchaseOrders = (query: ListQuery, { enabled = true }: ListOptions = {}) =>
  useQuery({
    queryKey: purchaseOrderKeys.list(query),
    queryFn: () => purchaseOrders.list(query),
    placeholderData: keepPreviousData,
    enabled,
  })

export const usePurchaseOrder = (id: string) =>
  useQuery({ queryKey: purchaseOrderKeys.detail(id), queryFn: () => purchaseOrders.retrieve(id) })
