import type { RenderedAgreement } from "@shared/agreement-document"
import type { QuoteLineJson, QuoteMessageJson } from "@shared/quote-json"
import type { QuoteStatus } from "@shared/quote-statuses"
import type { QuoteShippingAddress } from "@shared/quote-address"
import type { QuoteAdjustment, QuoteTaxLine, QuoteTotals } from "@shared/quote-totals"
import { sdk } from "../api"
import type { Branding } from "../brand"
import type { BuyerInvoice, PaymentSession } from "./invoices"
import { memberFetch } from "../member-api"

// A quote behind its link (`/store/portal/quote-links/:token`, docs/ARCHITECTURE.md,
// "Routes and guards"), and the QuoteApi the quote page works through. No React
// Query here: the link's page loads without it (scripts/report-size.mjs).

export type QuoteItem = QuoteLineJson

/** One of the buyer's own addresses (Medusa's customer addresses), to ship the order to. */
export type BuyerAddress = Omit<QuoteShippingAddress, "customer_address_id" | "phone"> & {
  id: string
}
export type QuoteMessage = QuoteMessageJson

export type BuyerQuote = {
  id: string
  number: string
  status: QuoteStatus
  /** A member's request staff took up: `requested` until they send it. */
  being_prepared?: boolean
  currency_code: string
  valid_until: string | null
  deposit_percent: number | null
  deposit_amount: number | null
  shipping_address: QuoteShippingAddress | null
  shipping_method_name: string | null
  shipping_amount: number | null
  shipping_tax_lines: QuoteTaxLine[] | null
  shipping_adjustments: QuoteAdjustment[] | null
  terms: string | null
  accepted_at: string | null
  declined_at: string | null
  decline_reason: string | null
  items: QuoteItem[]
  messages: QuoteMessage[]
  customer: {
    first_name: string | null
    last_name: string | null
    email: string
    company_name: string | null
    /** The buyer's addresses: the order ships to the quote's, or to another they pick. */
    addresses: BuyerAddress[]
  } | null
  order: { id: string; display_id: number } | null
  totals: QuoteTotals
  can_respond: boolean
  requires_signature: boolean
}

export type BuyerAgreement = RenderedAgreement & { consent_text: string }

export type SignedAgreementSummary = {
  signer_name: string
  signed_at: string
  document_sha256: string
}

export type QuoteView = {
  quote: BuyerQuote
  agreement: BuyerAgreement | null
  signed_agreement: SignedAgreementSummary | null
  branding: Branding
  /** For a signed-in contact: the login they sign as (no email to type). */
  signer?: { name: string; email: string }
}

const base = (token: string) => `/store/portal/quote-links/${encodeURIComponent(token)}`

const post = <T>(path: string, body: unknown) =>
  sdk.client.fetch<T>(path, { method: "POST", body: body as Record<string, unknown> })

export const quoteLinks = {
  view: (token: string) => sdk.client.fetch<QuoteView>(base(token)),
  /** Stores the selection (and another shipping address, if given); answers the repriced quote. */
  select: (token: string, selected_item_ids: string[], shipping_address_id?: string) =>
    post<{ quote: BuyerQuote; totals: QuoteTotals }>(`${base(token)}/selection`, {
      selected_item_ids,
      shipping_address_id,
    }),
  accept: (token: string, selected_item_ids: string[], shipping_address_id?: string) =>
    post<{ next: "sign"; quote: BuyerQuote } | { quote: BuyerQuote; order: BuyerQuote["order"] }>(
      `${base(token)}/accept`,
      { selected_item_ids, shipping_address_id }
    ),
  sign: (
    token: string,
    body: {
      selected_item_ids: string[]
      shipping_address_id?: string
      signer_name: string
      signer_email: string
      signature: string
      consent: true
    }
  ) => post<{ quote: BuyerQuote; invoice_id: string | null }>(`${base(token)}/sign`, body),
  decline: (token: string, reason: string) =>
    post<{ quote: BuyerQuote }>(`${base(token)}/decline`, { reason }),
  messages: (token: string) =>
    sdk.client.fetch<{ messages: QuoteMessage[] }>(`${base(token)}/messages`),
  ask: (token: string, body: string) =>
    post<{ message: QuoteMessage }>(`${base(token)}/messages`, { body }),
  invoices: (token: string) =>
    sdk.client.fetch<{ invoices: BuyerInvoice[] }>(`${base(token)}/invoices`),
  startPayment: (token: string, invoiceId: string, provider_id: string) =>
    post<{ payment_session: PaymentSession; invoice: BuyerInvoice }>(
      `${base(token)}/invoices/${invoiceId}/payment-sessions`,
      { provider_id }
    ),
  pay: (token: string, invoiceId: string, payment_session_id: string) =>
    post<{ invoice: BuyerInvoice }>(`${base(token)}/invoices/${invoiceId}/pay`, {
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
export type SignBody = {
  selected_item_ids: string[]
  shipping_address_id?: string
  signer_name: string
  signer_email?: string
  signature: string
  consent: true
}

/**
 * Everything the quote components do with one quote, whoever holds it: a quote
 * link's token or a signed-in contact (the server serves both with the same
 * handlers, docs/ARCHITECTURE.md, "Routes and guards"). The components take
 * this from the context and never know which.
 */
export type QuoteApi = {
  view: () => Promise<QuoteView>
  /** Stores the selection (and another shipping address, if given); answers the repriced quote. */
  select: (
    selected_item_ids: string[],
    shipping_address_id?: string
  ) => Promise<{ quote: BuyerQuote; totals: QuoteTotals }>
  accept: (
    selected_item_ids: string[],
    shipping_address_id?: string
  ) => Promise<
    { next: "sign"; quote: BuyerQuote } | { quote: BuyerQuote; order: BuyerQuote["order"] }
  >
  sign: (body: SignBody) => Promise<{ quote: BuyerQuote; invoice_id: string | null }>
  decline: (reason: string) => Promise<{ quote: BuyerQuote }>
  messages: () => Promise<{ messages: QuoteMessage[] }>
  ask: (body: string) => Promise<{ message: QuoteMessage }>
  invoices: () => Promise<{ invoices: BuyerInvoice[] }>
  startPayment: (
    invoiceId: string,
    provider_id: string
  ) => Promise<{ payment_session: PaymentSession; invoice: BuyerInvoice }>
  pay: (invoiceId: string, payment_session_id: string) => Promise<{ invoice: BuyerInvoice }>
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
export async function memberQuoteByNumber(number: string): Promise<{ id: string } | undefined> {
  const { quotes } = await memberFetch<{ quotes: { id: string }[] }>("/store/portal/quotes", {
    query: { q: number, limit: 1 },
  })
  return quotes[0]
}
