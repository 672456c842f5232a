import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalInvoiceBody,
  AdminPortalInvoiceListResponse,
  AdminPortalInvoiceResponse,
} from "../../shared/http/invoices"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { orderKeys } from "./orders"
import { quoteKeys } from "./quotes"

/** The admin's name for an invoice as the invoice routes answer it (src/shared/http/invoices.ts). */
export type { AdminPortalInvoice as Invoice } from "../../shared/http/invoices"

const BASE = "/admin/portal/invoices"

export const invoiceKeys = queryKeysFactory("invoices")

/** A quote's invoices (deposit, balance). */
export function useQuoteInvoices(quoteId: string, options: { enabled?: boolean } = {}) {
  const query = { quote_id: quoteId, limit: 50 }
  return useQuery({
    queryKey: invoiceKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminPortalInvoiceListResponse>(BASE, { query }),
    select: (data) => data.invoices,
    enabled: options.enabled,
  })
}

/** Staff issue the balance invoice of a quote's order (kind "balance"). */
export function useIssueBalanceInvoice(quoteId: string, orderId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminPortalInvoiceResponse>(BASE, {
        method: "POST",
        body: { order_id: orderId, kind: "balance" } satisfies AdminCreatePortalInvoiceBody,
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
