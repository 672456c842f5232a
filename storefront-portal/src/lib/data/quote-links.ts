import {
  quoteLinks,
  type BuyerInvoice,
  type BuyerQuote,
  type PaymentSession,
  type QuoteMessage,
  type QuoteView,
} from "../../lib/api"
import type { QuoteTotals } from "@shared/quote-totals"

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
