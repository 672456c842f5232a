import type { BuyerInvoice, QuoteView } from "../../../lib/api"
import { isForbidden, memberFetch, memberPdf } from "../../../lib/member-api"
import type { QuoteApi } from "../../quote/quote-api"
import { queryClient } from "../queries"

type MemberInvoice = BuyerInvoice & { quote: { id: string; number: string } | null }

/**
 * A company quote for a signed-in contact: `/store/portal/quotes/:id`, which the
 * server answers with the quote link's handlers (docs/ARCHITECTURE.md, "Routes
 * and guards"); invoices are the company's (`/store/portal/invoices`) of this quote.
 * Opening the quote or acting on it changes the lists (its status, its unread
 * replies: docs/ARCHITECTURE.md, "Read markers"), so they are refetched.
 */
export function memberQuoteApi(id: string): QuoteApi {
  const base = `/store/portal/quotes/${encodeURIComponent(id)}`
  const changed = <T>(answer: T) => {
    void queryClient.invalidateQueries({ queryKey: ["quotes"] })
    return answer
  }
  const post = <T>(path: string, body: unknown) =>
    memberFetch<T>(path, { method: "POST", body }).then(changed)
  return {
    view: () => memberFetch<QuoteView>(base).then(changed),
    select: (selected_item_ids, shipping_address_id) =>
      post(`${base}/selection`, { selected_item_ids, shipping_address_id }),
    accept: (selected_item_ids, shipping_address_id) =>
      post(`${base}/accept`, { selected_item_ids, shipping_address_id }),
    // The contact signs as their login: the server takes no email.
    sign: ({ signer_email: _ignored, ...body }) => post(`${base}/sign`, body),
    decline: (reason) => post(`${base}/decline`, { reason }),
    messages: () => memberFetch(`${base}/messages`),
    ask: (body) => post(`${base}/messages`, { body }),
    invoices: async () => {
      try {
        return await memberFetch<{ invoices: MemberInvoice[] }>("/store/portal/invoices", {
          query: { quote_id: id, limit: 100 },
        })
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
