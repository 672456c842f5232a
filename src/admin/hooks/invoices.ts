import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import { quoteKeys } from "./quotes"

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

type OrderPaymentResponse = {
  order: {
    id: string
    currency_code: string
    total: number
    payment_status: string
    summary?: { paid_total?: number; pending_difference?: number } | null
  }
}

export const orderPaymentKey = (orderId: string) => ["portal-order-payment", orderId] as const

export function useOrderPayment(orderId: string | null | undefined) {
  return useQuery({
    queryKey: orderPaymentKey(orderId ?? ""),
    queryFn: () =>
      sdk.client.fetch<OrderPaymentResponse>(`/admin/orders/${orderId}`, {
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

/** Staff issue the balance invoice of a quote's order (POST /admin/portal/invoices, kind "balance"). */
export function useIssueBalanceInvoice(quoteId: string, orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ invoice: { id: string; number: string } }>("/admin/portal/invoices", {
        method: "POST",
        body: { order_id: orderId, kind: "balance" },
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: quoteKeys.invoices(quoteId) })
      queryClient.invalidateQueries({ queryKey: quoteKeys.detail(quoteId) })
      queryClient.invalidateQueries({ queryKey: orderPaymentKey(orderId) })
    },
  })
}

/** The invoice PDF, downloaded through the admin API with the admin's session. */
export async function downloadInvoicePdf(invoice: { id: string; number?: string }) {
  // Without a JSON accept header the SDK hands back the raw response.
  const response = await sdk.client.fetch<Response>(`/admin/portal/invoices/${invoice.id}/pdf`, {
    headers: { accept: "application/pdf" },
  })
  const url = URL.createObjectURL(await response.blob())
  const anchor = document.createElement("a")
  anchor.href = url
  anchor.download = `${invoice.number ?? invoice.id}.pdf`
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
