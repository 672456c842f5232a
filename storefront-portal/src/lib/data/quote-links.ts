import type {
  StorePortalQuoteInvoiceListResponse,
  StorePortalQuoteInvoicePaymentSessionResponse,
  StorePortalQuoteInvoicePayResponse,
} from "@shared/http/invoices"
import type { StoreSignPortalQuoteLinkBody } from "@shared/http/quote-links"
import type {
  StorePortalQuoteAcceptResponse,
  StorePortalQuoteListResponse,
  StorePortalQuoteMessageListResponse,
  StorePortalQuoteMessageResponse,
  StorePortalQuoteResponse,
  StorePortalQuoteSelectionResponse,
  StorePortalQuoteSignResponse,
  StorePortalQuoteViewResponse,
  StoreSignPortalQuoteBody,
} from "@shared/http/quotes"
import { sdk } from "../api"

// A quote behind its link (`/store/portal/quote-links/:token`, docs/ARCHITECTURE.md,
// "Routes and guards"), and the QuoteApi the quote page works through. No React
// Query and no Medusa SDK here: the link's page loads without them (scripts/report-size.mjs).

const base = (token: string) => `/store/portal/quote-links/${encodeURIComponent(token)}`

const post = <T>(path: string, body: unknown) =>
  sdk.client.fetch<T>(path, { method: "POST", body: body as Record<string, unknown> })

export const quoteLinks = {
  view: (token: string) => sdk.client.fetch<StorePortalQuoteViewResponse>(base(token)),
  /** Stores the selection (and another shipping address, if given); answers the repriced quote. */
  select: (token: string, selected_item_ids: string[], shipping_address_id?: string) =>
    post<StorePortalQuoteSelectionResponse>(`${base(token)}/selection`, {
      selected_item_ids,
      shipping_address_id,
    }),
  accept: (token: string, selected_item_ids: string[], shipping_address_id?: string) =>
    post<StorePortalQuoteAcceptResponse>(`${base(token)}/accept`, {
      selected_item_ids,
      shipping_address_id,
    }),
  sign: (token: string, body: StoreSignPortalQuoteLinkBody) =>
    post<StorePortalQuoteSignResponse>(`${base(token)}/sign`, body),
  decline: (token: string, reason: string) =>
    post<StorePortalQuoteResponse>(`${base(token)}/decline`, { reason }),
  messages: (token: string) =>
    sdk.client.fetch<StorePortalQuoteMessageListResponse>(`${base(token)}/messages`),
  ask: (token: string, body: string) =>
    post<StorePortalQuoteMessageResponse>(`${base(token)}/messages`, { body }),
  invoices: (token: string) =>
    sdk.client.fetch<StorePortalQuoteInvoiceListResponse>(`${base(token)}/invoices`),
  startPayment: (token: string, invoiceId: string, provider_id: string) =>
    post<StorePortalQuoteInvoicePaymentSessionResponse>(
      `${base(token)}/invoices/${invoiceId}/payment-sessions`,
      { provider_id }
    ),
  pay: (token: string, invoiceId: string, payment_session_id: string) =>
    post<StorePortalQuoteInvoicePayResponse>(`${base(token)}/invoices/${invoiceId}/pay`, {
      payment_session_id,
    }),
  /** The quote's PDF, or the signed PDF once signed, as a file to save. */
  pdf: (token: string) => pdfAt(`${base(token)}/pdf`),
  /** An invoice of the quote's order as a PDF: lines, tax, amounts, paid or not. */
  invoicePdf: (token: string, invoiceId: string) =>
    pdfAt(`${base(token)}/invoices/${invoiceId}/pdf`),
}

async function pdfAt(path: string): Promise<Blob> {
  const response = (await sdk.client.fetch<Response>(path, {
    headers: { accept: "application/pdf" },
  })) as unknown as Response
  return response.blob()
}

/** What the signer types; a contact signing with their login sends no email. */
export type SignBody = StoreSignPortalQuoteBody & { signer_email?: string }

/**
 * Everything the quote components do with one quote, whoever holds it: a quote
 * link's token or a signed-in contact (the server serves both with the same
 * handlers, docs/ARCHITECTURE.md, "Routes and guards"). The components take
 * this from the context and never know which.
 */
export type QuoteApi = {
  view: () => Promise<StorePortalQuoteViewResponse>
  /** Stores the selection (and another shipping address, if given); answers the repriced quote. */
  select: (
    selected_item_ids: string[],
    shipping_address_id?: string
  ) => Promise<StorePortalQuoteSelectionResponse>
  accept: (
    selected_item_ids: string[],
    shipping_address_id?: string
  ) => Promise<StorePortalQuoteAcceptResponse>
  sign: (body: SignBody) => Promise<StorePortalQuoteSignResponse>
  decline: (reason: string) => Promise<StorePortalQuoteResponse>
  messages: () => Promise<StorePortalQuoteMessageListResponse>
  ask: (body: string) => Promise<StorePortalQuoteMessageResponse>
  invoices: () => Promise<StorePortalQuoteInvoiceListResponse>
  startPayment: (
    invoiceId: string,
    provider_id: string
  ) => Promise<StorePortalQuoteInvoicePaymentSessionResponse>
  pay: (
    invoiceId: string,
    payment_session_id: string
  ) => Promise<StorePortalQuoteInvoicePayResponse>
  /** The quote's PDF, or the signed PDF once signed. */
  pdf: () => Promise<Blob>
  invoicePdf: (invoiceId: string) => Promise<Blob>
}

/** The quote behind a link: its token is the only credential. */
export function quoteLinkApi(token: string): QuoteApi {
  return {
    view: () => quoteLinks.view(token),
    select: (ids, address) => quoteLinks.select(token, ids, address),
    accept: (ids, address) => quoteLinks.accept(token, ids, address),
    sign: (body) => quoteLinks.sign(token, { ...body, signer_email: body.signer_email ?? "" }),
    decline: (reason) => quoteLinks.decline(token, reason),
    messages: () => quoteLinks.messages(token),
    ask: (body) => quoteLinks.ask(token, body),
    invoices: () => quoteLinks.invoices(token),
    startPayment: (invoiceId, provider) => quoteLinks.startPayment(token, invoiceId, provider),
    pay: (invoiceId, sessionId) => quoteLinks.pay(token, invoiceId, sessionId),
    pdf: () => quoteLinks.pdf(token),
    invoicePdf: (invoiceId) => quoteLinks.invoicePdf(token, invoiceId),
  }
}

/**
 * The signed-in contact's own quote of that number, if their active company has
 * it: the list is asked, not the quote, which would record a view.
 */
export async function memberQuoteByNumber(number: string) {
  // The member client is loaded only now: the link's page loads without it.
  const { memberFetch } = await import("../member-api")
  const { quotes } = await memberFetch<StorePortalQuoteListResponse>("/store/portal/quotes", {
    query: { q: number, limit: 1 },
  })
  return quotes[0]
}
