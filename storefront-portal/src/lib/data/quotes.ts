import type {
  StorePortalQuoteListParams,
  StorePortalQuoteListResponse,
  StorePortalQuoteMessageListResponse,
  StorePortalQuoteViewResponse,
} from "@shared/http/quotes"
import { useQuery, type QueryClient } from "@tanstack/react-query"
import { isForbidden, memberFetch, memberPdf } from "../member-api"
import { invoices } from "./invoices"
import { listQuery, type ListOptions } from "./lists"
import type { QuoteApi } from "./quote-links"

// The active company's quotes (README, "/store/portal/quotes") and one of them
// for the quote page; a company switch resets these queries.

export type QuoteQuery = Omit<StorePortalQuoteListParams, "has_unread"> & { has_unread?: boolean }

export const quoteKeys = {
  all: ["quotes"] as const,
  list: (query: QuoteQuery) => [...quoteKeys.all, "list", query] as const,
}

export const quotes = {
  list: ({ has_unread, q, ...query }: QuoteQuery) =>
    memberFetch<StorePortalQuoteListResponse>("/store/portal/quotes", {
      query: { ...query, ...(has_unread ? { has_unread: "true" } : {}), ...(q ? { q } : {}) },
    }),
}

/** A page of quotes; the previous page stays shown while the next loads. */
export const useQuotes = (query: QuoteQuery, options?: ListOptions) =>
  useQuery(listQuery(quoteKeys.list(query), () => quotes.list(query), options))

/**
 * A company quote for a signed-in contact: `/store/portal/quotes/:id`, which the
 * server answers with the quote link's handlers (docs/ARCHITECTURE.md, "Routes
 * and guards"); invoices are the company's (`/store/portal/invoices`) of this quote.
 * Opening the quote or acting on it changes the lists (its status, its unread
 * replies: docs/ARCHITECTURE.md, "Read markers"), so they are refetched.
 */
export function memberQuoteApi(id: string, queryClient: QueryClient): QuoteApi {
  const base = `/store/portal/quotes/${encodeURIComponent(id)}`
  const changed = <T>(answer: T) => {
    void queryClient.invalidateQueries({ queryKey: quoteKeys.all })
    return answer
  }
  const post = <T>(path: string, body: unknown) =>
    memberFetch<T>(path, { method: "POST", body }).then(changed)
  return {
    view: () => memberFetch<StorePortalQuoteViewResponse>(base).then(changed),
    select: (selected_item_ids, shipping_address_id) =>
      post(`${base}/selection`, { selected_item_ids, shipping_address_id }),
    accept: (selected_item_ids, shipping_address_id) =>
      post(`${base}/accept`, { selected_item_ids, shipping_address_id }),
    // The contact signs as their login: the server takes no email.
    sign: ({ signer_email: _ignored, ...body }) => post(`${base}/sign`, body),
    decline: (reason) => post(`${base}/decline`, { reason }),
    messages: () => memberFetch<StorePortalQuoteMessageListResponse>(`${base}/messages`),
    ask: (body) => post(`${base}/messages`, { body }),
    invoices: async () => {
      try {
        return await invoices.list({ quote_id: id, limit: 100 })
      } catch (error) {
        // Without invoices.view the quote page simply shows no invoices.
        if (isForbidden(error)) return { invoices: [] }
        throw error
      }
    },
    startPayment: (invoiceId, provider_id) =>
      post(`/store/portal/invoices/${invoiceId}/payment-sessions`, { provider_id }),
    pay: (invoiceId, payment_session_id) =>
      post(`/store/portal/invoices/${invoiceId}/pay`, { payment_session_id }),
    pdf: () => memberPdf(`${base}/pdf`),
    invoicePdf: (invoiceId) => memberPdf(`/store/portal/invoices/${invoiceId}/pdf`),
  }
}
