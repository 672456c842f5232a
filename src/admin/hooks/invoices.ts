import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { orderKeys } from "./orders"
import { quoteKeys } from "./quotes"

export type Invoice = {
  id: string
  number: string
  kind: "deposit" | "balance" | "final"
  status: "unpaid" | "paid" | "overdue" | "void"
  amount: number
  currency_code: string
  due_at: string
  paid_at: string | null
}

const BASE = "/admin/portal/invoices"

export const invoiceKeys = queryKeysFactory("invoices")

/** A quote's invoices (deposit, balance). */
export function useQuoteInvoices(quoteId: string, options: { enabled?: boolean } = {}) {
  const query = { quote_id: quoteId, limit: 50 }
  return useQuery({
    queryKey: invoiceKeys.list(query),
    queryFn: () => sdk.client.fetch<{ invoices: Invoice[]; count: number }>(BASE, { query }),
    select: (data) => data.invoices,
    enabled: options.enabled,
  })
}

/** Staff issue the balance invoice of a quote's order (kind "balance"). */
export function useIssueBalanceInvoice(quoteId: string, orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ invoice: { id: string; number: string } }>(BASE, {
        method: "POST",
        body: { order_id: orderId, kind: "balance" },
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: invoiceKeys.all })
      queryClient.invalidateQueries({ queryKey: quoteKeys.detail(quoteId) })
      queryClient.invalidateQueries({ queryKey: orderKeys.detail(orderId) })
    },
  })
}

/** The invoice PDF, downloaded through the admin API with the admin's session. */
export async function downloadInvoicePdf(invoice: { id: string; number?: string }) {
  // Without a JSON accept header the SDK hands back the raw response.
  const response = await sdk.client.fetch<Response>(`${BASE}/${invoice.id}/pdf`, {
    headers: { accept: "application/pdf" },
  })
  const url = URL.createObjectURL(await response.blob())
  const anchor = document.createElement("a")
  anchor.href = url
  anchor.download = `${invoice.number ?? invoice.id}.pdf`
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
