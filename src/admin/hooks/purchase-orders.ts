import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalPurchaseOrderBody,
  AdminListPortalPurchaseOrdersParams,
  AdminPortalPurchaseOrder,
  AdminPortalPurchaseOrderListResponse,
  AdminReceivePortalPurchaseOrderBody,
  AdminUpdatePortalPurchaseOrderBody,
} from "../../shared/http/purchase-orders"
import { isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type { PurchaseOrderStatus } from "../../shared/procurement"

/** The admin's names for the purchase order routes' shapes (src/shared/http/purchase-orders.ts). */
export type {
  AdminCreatePortalPurchaseOrderBody as CreatePurchaseOrderInput,
  AdminPortalPurchaseOrderSummary as PurchaseOrderSummary,
  AdminUpdatePortalPurchaseOrderBody as UpdatePurchaseOrderInput,
} from "../../shared/http/purchase-orders"

export type {
  AdminPortalProcurementEvent as ProcurementEvent,
  AdminPortalPurchaseOrder as PurchaseOrderDetail,
} from "../../shared/http/purchase-orders"
type PurchaseOrderDetail = AdminPortalPurchaseOrder

/** What every purchase order route answers, with the events as the timeline reads them. */
type PurchaseOrderResult = { purchase_order: PurchaseOrderDetail }

/** A page of the purchase order list: the page sets limit and offset. */
export type PurchaseOrderListParams = AdminListPortalPurchaseOrdersParams & {
  limit: number
  offset: number
}

const BASE = "/admin/portal/purchase-orders"

export const purchaseOrderPdfPath = (id: string) => `${BASE}/${id}/pdf`

export const purchaseOrderKeys = queryKeysFactory("purchase-orders")

export function usePurchaseOrders(params: PurchaseOrderListParams) {
  return useQuery({
    queryKey: purchaseOrderKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalPurchaseOrderListResponse>(BASE, {
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
    queryFn: () => sdk.client.fetch<PurchaseOrderResult>(`${BASE}/${id}`),
    select: (data) => data.purchase_order,
    retry: (count, error) => !isNotFound(error) && count < 2,
  })
}

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
  return usePurchaseOrderMutation((input: AdminCreatePortalPurchaseOrderBody) => post(BASE, input))
}

/** Lines replace all of the PO's lines; only while it is a draft or a change was requested. */
export function useUpdatePurchaseOrder(id: string) {
  return usePurchaseOrderMutation((input: AdminUpdatePortalPurchaseOrderBody) =>
    post(`${BASE}/${id}`, input)
  )
}

export function useSendPurchaseOrder(id: string) {
  return usePurchaseOrderMutation((_: void) => post(`${BASE}/${id}/send`))
}

export function useReceivePurchaseOrder(id: string) {
  return usePurchaseOrderMutation((lines: AdminReceivePortalPurchaseOrderBody["lines"]) =>
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
