import Medusa, { FetchError } from "@medusajs/js-sdk"
import type { RenderedAgreement } from "@shared/agreement-document"
import type { QuoteLineJson, QuoteMessageJson } from "@shared/quote-json"
import type { QuoteStatus } from "@shared/quote-statuses"
import type { QuoteShippingAddress } from "@shared/quote-address"
import type { QuoteAdjustment, QuoteTaxLine, QuoteTotals } from "@shared/quote-totals"
import { config } from "./config"

/**
 * The quote-link API (docs/ARCHITECTURE.md, "Routes and guards") through Medusa's JS SDK. A link's token is its
 * only credential, so no cookies or stored tokens are sent.
 */
export const sdk = new Medusa({
  baseUrl: config.backendUrl,
  publishableKey: config.publishableKey,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore", fetchCredentials: "omit" },
})

export { FetchError }

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

export type Branding = { name: string; logo_url?: string | null; primary_color?: string | null }

export type QuoteView = {
  quote: BuyerQuote
  agreement: BuyerAgreement | null
  signed_agreement: SignedAgreementSummary | null
  branding: Branding
  /** For a signed-in contact: the login they sign as (no email to type). */
  signer?: { name: string; email: string }
}

export type BuyerInvoice = {
  id: string
  number: string
  kind: "deposit" | "final"
  status: "unpaid" | "paid" | "overdue" | "void"
  amount: number
  currency_code: string
  due_at: string | null
  paid_at: string | null
  payable: boolean
  /** Providers enabled in the order's region, e.g. pp_system_default or pp_stripe_stripe. */
  payment_providers: string[]
  payment_sessions: { id: string; provider_id: string; status: string }[]
}

export type PaymentSession = {
  id: string
  provider_id: string
  status: string
  amount: number
  currency_code: string
  data: Record<string, unknown>
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

/** What went wrong, in words a buyer can act on. */
export function describeError(error: unknown): string {
  if (error instanceof FetchError) {
    if (error.status === 429) return "Too many attempts. Wait a minute and try again."
    if (error.status && error.status >= 500) return "The server had a problem. Try again."
    return error.message || "That did not work. Try again."
  }
  return "We could not reach the server. Check your connection and try again."
}

/**
 * Whether asking again may help: a lost connection or the server's own failure
 * (5xx). A 4xx says the same the next time, so a bad or foreign id shows "not
 * found" at once instead of after retries.
 */
export const mayRetry = (error: unknown) =>
  !(error instanceof FetchError) || !error.status || error.status >= 500

export const isNotFound = (error: unknown) => error instanceof FetchError && error.status === 404
export const isConflict = (error: unknown) => error instanceof FetchError && error.status === 409
