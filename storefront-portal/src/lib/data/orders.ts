import type { ClientOrderStatus } from "@shared/order-status"
import type { PostalAddressParts } from "@shared/postal-address"
import type { QuoteStatus } from "@shared/quote-statuses"
import type { TotalsRow } from "@shared/totals-presentation"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { BuyerInvoice, PaymentSession } from "../../lib/api"
import { memberFetch, memberPdf } from "../../lib/member-api"

// The active company's quotes, orders and invoices as the member routes answer
// them (README, "/store/portal/quotes", "/orders", "/invoices"); every request
// names the active company, and a company switch resets these queries.

type Ref = { id: string; number: string }
export type Page<K extends string, T> = { [key in K]: T[] } & {
  count: number
  offset: number
  limit: number
}

export type QuoteRow = {
  id: string
  number: string
  status: Exclude<QuoteStatus, "draft">
  /** A request staff took up: still `requested` until they send it. */
  being_prepared?: boolean
  can_respond: boolean
  currency_code: string
  total: number
  valid_until: string | null
  accepted_at: string | null
  declined_at: string | null
  order: { id: string; display_id: number } | null
  /** Staff replies the contact has not read (docs/ARCHITECTURE.md, "Read markers"). */
  unread_count: number
}

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
  quote: Ref | null
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

export type MemberInvoice = BuyerInvoice & {
  order: { id: string; display_id: number } | null
  quote: Ref | null
}

export const ORDER_STATUS_LABEL: Record<ClientOrderStatus, string> = {
  placed: "Placed",
  processing: "Being prepared",
  shipped: "Shipped",
  delivered: "Delivered",
  cancelled: "Cancelled",
}

type ListQuery = { limit?: number; offset?: number; status?: readonly string[] }

export const records = {
  quotes: ({ has_unread, ...query }: ListQuery & { has_unread?: boolean }) =>
    memberFetch<Page<"quotes", QuoteRow>>("/store/portal/quotes", {
      query: { ...query, ...(has_unread ? { has_unread: "true" } : {}) },
    }),
  orders: (query: ListQuery) =>
    memberFetch<Page<"orders", OrderRow>>("/store/portal/orders", { query }),
  order: (id: string) =>
    memberFetch<{ order: OrderDetail }>(`/store/portal/orders/${encodeURIComponent(id)}`),
  invoices: (query: ListQuery & { quote_id?: string }) =>
    memberFetch<Page<"invoices", MemberInvoice>>("/store/portal/invoices", { query }),
  invoice: (id: string) =>
    memberFetch<{ invoice: MemberInvoice }>(`/store/portal/invoices/${encodeURIComponent(id)}`),
  startPayment: (id: string, provider_id: string) =>
    memberFetch<{ payment_session: PaymentSession; invoice: BuyerInvoice }>(
      `/store/portal/invoices/${encodeURIComponent(id)}/payment-sessions`,
      { method: "POST", body: { provider_id } }
    ),
  pay: (id: string, payment_session_id: string) =>
    memberFetch<{ invoice: BuyerInvoice }>(`/store/portal/invoices/${encodeURIComponent(id)}/pay`, {
      method: "POST",
      body: { payment_session_id },
    }),
  invoicePdf: (id: string) => memberPdf(`/store/portal/invoices/${encodeURIComponent(id)}/pdf`),
}

/** A list page; the previous page stays shown while the next loads. */
export const useList = <P>(key: readonly unknown[], fetch: () => Promise<P>, enabled = true) =>
  useQuery({ queryKey: key, queryFn: fetch, placeholderData: keepPreviousData, enabled })
