import type {
  StorePortalOrderListParams,
  StorePortalOrderListResponse,
  StorePortalOrderResponse,
} from "@shared/http/orders"
import { useQuery } from "@tanstack/react-query"
import { memberFetch } from "../member-api"
import { listQuery, type ListOptions } from "./lists"

// The active company's orders as the member routes answer them (README,
// "/store/portal/orders"); a company switch resets these queries.

export const orderKeys = {
  all: ["orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (query: StorePortalOrderListParams) => [...orderKeys.lists(), query] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
}

export const orders = {
  list: (query: StorePortalOrderListParams) =>
    memberFetch<StorePortalOrderListResponse>("/store/portal/orders", { query }),
  retrieve: (id: string) =>
    memberFetch<StorePortalOrderResponse>(`/store/portal/orders/${encodeURIComponent(id)}`),
}

/** A page of orders; the previous page stays shown while the next loads. */
export const useOrders = (query: StorePortalOrderListParams, options?: ListOptions) =>
  useQuery(listQuery(orderKeys.list(query), () => orders.list(query), options))

export const useOrder = (id: string) =>
  useQuery({ queryKey: orderKeys.detail(id), queryFn: () => orders.retrieve(id) })
