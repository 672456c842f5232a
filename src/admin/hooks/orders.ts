import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

/**
 * What Medusa's own order page shows about payment: its status (aggregated from
 * the payment collections linked to the order: deposit and balance), what was
 * captured, and what is outstanding. One source for the quote header, the
 * quote's order panel and the order widget.
 */
export type OrderPayment = {
  id: string
  currency_code: string
  total: number
  payment_status: string
  paid_total: number
  outstanding: number
}

/** The fields of Medusa's GET /admin/orders/:id that OrderPayment is read from. */
type MedusaOrderPayment = {
  order: {
    id: string
    currency_code: string
    total: number
    payment_status: string
    summary?: { paid_total?: number; pending_difference?: number } | null
  }
}

export const orderKeys = queryKeysFactory("orders")

export function useOrderPayment(orderId: string | null | undefined) {
  return useQuery({
    queryKey: orderKeys.detail(orderId ?? ""),
    queryFn: () =>
      sdk.client.fetch<MedusaOrderPayment>(`/admin/orders/${orderId}`, {
        query: { fields: "id,currency_code,total,payment_status,summary" },
      }),
    select: ({ order }): OrderPayment => ({
      id: order.id,
      currency_code: order.currency_code,
      total: Number(order.total),
      payment_status: order.payment_status,
      paid_total: Number(order.summary?.paid_total ?? 0),
      outstanding: Number(order.summary?.pending_difference ?? 0),
    }),
    enabled: !!orderId,
  })
}

/** An order of a portal company: enough to name it and attach a document to it. */
export type CompanyOrder = { id: string; display_id: number; created_at: string }

type MedusaCompanyOrders = {
  orders: Array<CompanyOrder & { portal_company?: { id: string } | null }>
}

/**
 * The latest orders placed for a company: Medusa's order list of its contacts, kept to those
 * the company ↔ order link names (a contact may also order for another company or alone).
 */
export function useCompanyOrders(companyId: string, customerIds: string[]) {
  const query = {
    customer_id: customerIds,
    fields: "id,display_id,created_at,portal_company.id",
    order: "-created_at",
    limit: 100,
  }
  return useQuery({
    queryKey: orderKeys.list({ company_id: companyId, ...query }),
    queryFn: () => sdk.client.fetch<MedusaCompanyOrders>("/admin/orders", { query }),
    select: ({ orders }): CompanyOrder[] =>
      orders
        .filter((order) => order.portal_company?.id === companyId)
        .map(({ id, display_id, created_at }) => ({ id, display_id, created_at })),
    enabled: customerIds.length > 0,
  })
}
