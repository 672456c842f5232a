import type { ClientOrderStatus } from "@shared/order-status"
import type { PostalAddressParts } from "@shared/postal-address"
import type { TotalsRow } from "@shared/totals-presentation"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { memberFetch } from "../member-api"
import type { BuyerInvoice } from "./invoices"
import type { ListOptions, ListQuery, Page } from "./lists"

// The active company's orders as the member routes answer them (README,
// "/store/portal/orders"); a company switch resets these queries.

export type OrderRow = {
  id: string
  display_id: number
  created_at: string
  canceled_at: string | null
  currency_code: string
  subtotal: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
  status: ClientOrderStatus
  tracking_numbers: string[]
  quote: { id: string; number: string } | null
}

export type OrderInvoice = Pick<
  BuyerInvoice,
  "id" | "number" | "kind" | "status" | "amount" | "currency_code" | "due_at" | "paid_at"
>

export type OrderDetail = OrderRow & {
  items: {
    title: string
    subtitle: string | null
    variant_sku: string | null
    quantity: number
    unit_price: number
    /** Pre-tax: unit price × quantity. */
    total: number
  }[]
  /** Subtotal, discounts, shipping, tax, total, paid, outstanding (src/shared/totals-presentation.ts). */
  totals: TotalsRow[]
  shipping_address: PostalAddressParts | null
  shipping_methods: { name: string; amount: number }[]
  fulfillments: {
    created_at: string
    shipped_at: string | null
    delivered_at: string | null
    canceled_at: string | null
    labels: { tracking_number: string | null; tracking_url: string | null }[]
    items: { title: string; quantity: number }[]
  }[]
  invoices: OrderInvoice[]
  has_signed_agreement: boolean
}

export const orderKeys = {
  all: ["orders"] as const,
  lists: () => [...orderKeys.all, "list"] as const,
  list: (query: ListQuery) => [...orderKeys.lists(), query] as const,
  details: () => [...orderKeys.all, "detail"] as const,
  detail: (id: string) => [...orderKeys.details(), id] as const,
}

export const orders = {
  list: (query: ListQuery) =>
    memberFetch<Page<"orders", OrderRow>>("/store/portal/orders", { query }),
  retrieve: (id: string) =>
    memberFetch<{ order: OrderDetail }>(`/store/portal/orders/${encodeURIComponent(id)}`),
}

/** A page of orders; the previous page stays shown while the next loads. */
export const useOrders = (query: ListQuery, { enabled = true }: ListOptions = {}) =>
  useQuery({
    queryKey: orderKeys.list(query),
    queryFn: () => orders.list(query),
    placeholderData: keepPreviousData,
    enabled,
  })

export const useOrder = (id: string) =>
  useQuery({ queryKey: orderKeys.detail(id), queryFn: () => orders.retrieve(id) })
