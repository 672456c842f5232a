import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  PurchaseOrderBillView,
  PurchaseOrderLineView,
  PurchaseOrderStatus,
} from "../../shared/procurement"
import { isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/**
 * The admin API's purchase order shapes (src/api/admin/portal/purchase-orders;
 * docs/ARCHITECTURE.md, "Procurement"). Money is in the currency's main unit.
 */
export type { PurchaseOrderStatus }

export type NamedRef = { id: string; name: string }

/** What a purchase order's list row and its page both show. */
type PurchaseOrderBase = {
  id: string
  number: string
  status: PurchaseOrderStatus
  supplier_company: NamedRef | null
  stock_location: NamedRef | null
  currency_code: string
  total: number
  created_at: string
  sent_at: string | null
}

export type PurchaseOrderSummary = PurchaseOrderBase & {
  line_count: number
  /** The earliest date the supplier promised for a line, or null. */
  expected_at: string | null
}

export type PurchaseOrderLine = PurchaseOrderLineView & { variant_id: string }

export type PurchaseOrderBill = PurchaseOrderBillView

export type ProcurementEvent = {
  id: string
  type: string
  actor_type: "staff" | "supplier" | "system"
  actor_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type PurchaseOrderDetail = PurchaseOrderBase & {
  notes: string | null
  /** What the supplier asked to change, while the PO is change_requested (and after). */
  change_request: string | null
  acknowledged_at: string | null
  received_at: string | null
  cancelled_at: string | null
  lines: PurchaseOrderLine[]
  bills: PurchaseOrderBill[]
  events: ProcurementEvent[]
}

export type PurchaseOrderLineInput = { variant_id: string; quantity: number; unit_cost: number }

export type CreatePurchaseOrderInput = {
  supplier_company_id: string
  stock_location_id: string
  currency_code: string
  notes?: string
  lines: PurchaseOrderLineInput[]
}

export type UpdatePurchaseOrderInput = { notes?: string; lines?: PurchaseOrderLineInput[] }

export type PurchaseOrderListParams = {
  limit: number
  offset: number
  q?: string
  status?: PurchaseOrderStatus
  supplier_company_id?: string
}

const BASE = "/admin/portal/purchase-orders"

export const purchaseOrderPdfPath = (id: string) => `${BASE}/${id}/pdf`

export const purchaseOrderKeys = queryKeysFactory("purchase-orders")

type Page = { count: number; offset: number; limit: number }

export function usePurchaseOrders(params: PurchaseOrderListParams) {
  return useQuery({
    queryKey: purchaseOrderKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<{ purchase_orders: PurchaseOrderSummary[] } & Page>(BASE, {
        query: {
          limit: params.limit,
          offset: params.offset,
          q: params.q || undefined,
          status: params.status || undefined,
          supplier_company_id: params.supplier_company_id || undefined,
        },
      }),
    placeholderData: keepPreviousData,
  })
}

export function usePurchaseOrder(id: string) {
  return useQuery({
    queryKey: purchaseOrderKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ purchase_order: PurchaseOrderDetail }>(`${BASE}/${id}`),
    select: (data) => data.purchase_order,
    retry: (count, error) => !isNotFound(error) && count < 2,
  })
}

type PurchaseOrderResult = { purchase_order: PurchaseOrderDetail }

/**
 * Every PO mutation answers the PO as it now is: the cache takes it as the
 * truth, and the lists (and the bills, whose PO changed) reload.
 */
function usePurchaseOrderMutation<TInput>(
  mutationFn: (input: TInput) => Promise<PurchaseOrderResult>
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      queryClient.setQueryData(purchaseOrderKeys.detail(result.purchase_order.id), result)
      return queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.all })
    },
  })
}

const post = (path: string, body?: unknown) =>
  sdk.client.fetch<PurchaseOrderResult>(path, { method: "POST", body: body ?? {} })

export function useCreatePurchaseOrder() {
  return usePurchaseOrderMutation((input: CreatePurchaseOrderInput) => post(BASE, input))
}

/** Lines replace all of the PO's lines; only while it is a draft or a change was requested. */
export function useUpdatePurchaseOrder(id: string) {
  return usePurchaseOrderMutation((input: UpdatePurchaseOrderInput) => post(`${BASE}/${id}`, input))
}

export function useSendPurchaseOrder(id: string) {
  return usePurchaseOrderMutation((_: void) => post(`${BASE}/${id}/send`))
}

export function useReceivePurchaseOrder(id: string) {
  return usePurchaseOrderMutation((lines: Array<{ line_id: string; quantity: number }>) =>
    post(`${BASE}/${id}/receive`, { lines })
  )
}

export function useCancelPurchaseOrder(id: string) {
  return usePurchaseOrderMutation((reason: string | undefined) =>
    post(`${BASE}/${id}/cancel`, reason ? { reason } : {})
  )
}

export function useDeclinePurchaseOrderChange(id: string) {
  return usePurchaseOrderMutation((message: string | undefined) =>
    post(`${BASE}/${id}/decline-change`, message ? { message } : {})
  )
}
