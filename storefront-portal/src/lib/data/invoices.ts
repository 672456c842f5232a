import type {
  StorePortalInvoiceListParams,
  StorePortalInvoiceListResponse,
  StorePortalInvoicePaymentSessionResponse,
  StorePortalInvoicePayResponse,
  StorePortalInvoiceResponse,
  StorePortalQuoteInvoice,
} from "@shared/http/invoices"
import { useQuery } from "@tanstack/react-query"
import { memberFetch, memberPdf } from "../member-api"
import { listQuery, type ListOptions } from "./lists"
import type { QuoteApi } from "./quote-links"

// The active company's invoices (README, "/store/portal/invoices"); a quote
// link's invoices are in quote-links.ts, with the same shape.

export type InvoiceQuery = StorePortalInvoiceListParams

/** What paying and downloading an invoice needs: a quote link's token or a contact's login. */
export type InvoiceApi = Pick<QuoteApi, "startPayment" | "pay" | "invoicePdf"> & {
  /** The invoice as the server has it now, to see a payment recorded. */
  current: (id: string) => Promise<StorePortalQuoteInvoice | undefined>
}

export const invoiceKeys = {
  all: ["invoices"] as const,
  list: (query: InvoiceQuery) => [...invoiceKeys.all, "list", query] as const,
  detail: (id: string) => [...invoiceKeys.all, "detail", id] as const,
}

const path = (id: string) => `/store/portal/invoices/${encodeURIComponent(id)}`

export const invoices = {
  list: (query: InvoiceQuery) =>
    memberFetch<StorePortalInvoiceListResponse>("/store/portal/invoices", { query }),
  retrieve: (id: string) => memberFetch<StorePortalInvoiceResponse>(path(id)),
  startPayment: (id: string, provider_id: string) =>
    memberFetch<StorePortalInvoicePaymentSessionResponse>(`${path(id)}/payment-sessions`, {
      method: "POST",
      body: { provider_id },
    }),
  pay: (id: string, payment_session_id: string) =>
    memberFetch<StorePortalInvoicePayResponse>(`${path(id)}/pay`, {
      method: "POST",
      body: { payment_session_id },
    }),
  pdf: (id: string) => memberPdf(`${path(id)}/pdf`),
}

/** The member routes behind the shared invoice component: pay, PDF, and the invoice now. */
export const memberInvoiceApi: InvoiceApi = {
  startPayment: invoices.startPayment,
  pay: invoices.pay,
  invoicePdf: invoices.pdf,
  current: async (id) => (await invoices.retrieve(id)).invoice,
}

/** A page of invoices; the previous page stays shown while the next loads. */
export const useInvoices = (query: InvoiceQuery, options?: ListOptions) =>
  useQuery(listQuery(invoiceKeys.list(query), () => invoices.list(query), options))

export const useInvoice = (id: string) =>
  useQuery({ queryKey: invoiceKeys.detail(id), queryFn: () => invoices.retrieve(id) })
