import type {
  StoreAcknowledgePortalPurchaseOrderBody,
  StoreListPortalPurchaseOrdersParams,
  StorePortalPurchaseOrderListResponse,
  StorePortalPurchaseOrderResponse,
} from "@shared/http/purchase-orders"
import { useQuery } from "@tanstack/react-query"
import { memberFetch, memberPdf } from "../member-api"
import { listQuery, type ListOptions } from "./lists"

// The supplier's side of procurement as the member routes answer it (README,
// "/store/portal/purchase-orders"): the active company's purchase orders (never
// a draft); its bills are in supplier-bills.ts. Money is a number in the
// currency's major unit; dates are ISO strings.

const po = (id: string) => `/store/portal/purchase-orders/${encodeURIComponent(id)}`

export const purchaseOrderKeys = {
  all: ["purchase-orders"] as const,
  lists: () => [...purchaseOrderKeys.all, "list"] as const,
  list: (query: StoreListPortalPurchaseOrdersParams) =>
    [...purchaseOrderKeys.lists(), query] as const,
  detail: (id: string) => [...purchaseOrderKeys.all, "detail", id] as const,
}

export const purchaseOrders = {
  list: (query: StoreListPortalPurchaseOrdersParams) =>
    memberFetch<StorePortalPurchaseOrderListResponse>("/store/portal/purchase-orders", {
      query,
    }),
  retrieve: (id: string) => memberFetch<StorePortalPurchaseOrderResponse>(po(id)),
  pdf: (id: string) => memberPdf(`${po(id)}/pdf`),
  acknowledge: (id: string, body: StoreAcknowledgePortalPurchaseOrderBody) =>
    memberFetch<StorePortalPurchaseOrderResponse>(`${po(id)}/acknowledge`, {
      method: "POST",
      body,
    }),
  requestChange: (id: string, message: string) =>
    memberFetch<StorePortalPurchaseOrderResponse>(`${po(id)}/request-change`, {
      method: "POST",
      body: { message },
    }),
}

/** A page of purchase orders; the previous page stays shown while the next loads. */
export const usePurchaseOrders = (
  query: StoreListPortalPurchaseOrdersParams,
  options?: ListOptions
) => useQuery(listQuery(purchaseOrderKeys.list(query), () => purchaseOrders.list(query), options))

export const usePurchaseOrder = (id: string) =>
  useQuery({ queryKey: purchaseOrderKeys.detail(id), queryFn: () => purchaseOrders.retrieve(id) })
