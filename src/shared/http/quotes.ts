import type { RenderedAgreement } from "../agreement-document"
import type { QuoteShippingAddress } from "../quote-address"
import type { QuoteLineJson, QuoteMessageJson } from "../quote-json"
import type { QuoteStatus } from "../quote-statuses"
import type { QuoteAdjustment, QuoteTaxLine, QuoteTotals } from "../quote-totals"
import type { AdminPortalSignedAgreement, StorePortalSignedAgreementSummary } from "./agreements"
import type {
  DeleteResponse,
  FindParams,
  OneOrMany,
  PaginatedResponse,
  PortalOrderRef,
} from "./common"

// Quotes, admin and store (docs/ARCHITECTURE.md, "Routes and guards").
// Admin: /admin/portal/quotes/**. Store: /store/portal/quotes/** (a signed-in
// contact), /store/portal/quote-links/:token/** (a link holder; same answers),
// /store/portal/quote-requests.

// ---------------------------------------------------------------- admin

export type AdminPortalQuoteItem = QuoteLineJson & { product_id: string | null }

export type AdminPortalQuoteCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company_name: string | null
}

export type AdminPortalQuoteEvent = {
  id: string
  type: string
  actor_type: "customer" | "staff" | "system"
  actor_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export type AdminPortalQuoteMessage = QuoteMessageJson

export type AdminPortalQuoteLink = {
  id: string
  expires_at: string
  revoked_at: string | null
  created_at: string
}

/** What staff may do now; the server derives it from the quote status machine. */
export type AdminPortalQuoteActions = {
  edit: boolean
  send: boolean
  /** A member's request: staff take it up as a draft to price and send. */
  take_up: boolean
  cancel: boolean
  duplicate: boolean
}

/** A quote as the admin list shows it: its columns, lines, customer and totals. */
export type AdminPortalQuote = {
  id: string
  number: string
  display_number: number
  status: QuoteStatus
  customer_id: string
  customer_email: string
  /** The portal company the quote is for (one the customer is a contact of), or none. */
  company_id: string | null
  region_id: string | null
  sales_channel_id: string | null
  currency_code: string
  valid_until: string | null
  deposit_percent: number | null
  deposit_amount: number | null
  terms: string | null
  /** The language of its link emails and papers; null: the company's, else the store's. */
  language: string | null
  internal_note: string | null
  agreement_template_id: string | null
  /** Staff alerted when the buyer opens, asks, accepts or declines. */
  assigned_user_ids: string[] | null
  /** A copy of one of the customer's addresses; tax is computed for it. */
  shipping_address: QuoteShippingAddress | null
  shipping_option_id: string | null
  shipping_method_name: string | null
  shipping_amount: number | null
  shipping_tax_lines: QuoteTaxLine[] | null
  order_id: string | null
  sent_at: string | null
  accepted_at: string | null
  declined_at: string | null
  decline_reason: string | null
  cancelled_at: string | null
  expired_at: string | null
  last_viewed_at: string | null
  created_at: string
  updated_at: string
  items: AdminPortalQuoteItem[]
  customer: AdminPortalQuoteCustomer | null
  totals: QuoteTotals
}

/** One quote as its admin page shows it: the list's fields, the thread, links, order, actions. */
export type AdminPortalQuoteDetail = AdminPortalQuote & {
  messages: AdminPortalQuoteMessage[]
  events: AdminPortalQuoteEvent[]
  links: AdminPortalQuoteLink[]
  order: (PortalOrderRef & { status: string }) | null
  actions: AdminPortalQuoteActions
  signed_agreement: AdminPortalSignedAgreement | null
}

/** The one-time answer of send: the link's URL is never shown again. */
export type AdminPortalIssuedQuoteLink = { url: string; expires_at: string }

export type AdminPortalQuoteResponse = { quote: AdminPortalQuoteDetail }
export type AdminPortalQuoteListResponse = PaginatedResponse<{ quotes: AdminPortalQuote[] }>
export type AdminPortalQuoteSendResponse = AdminPortalQuoteResponse & {
  link: AdminPortalIssuedQuoteLink
}
export type AdminPortalQuoteItemDeleteResponse = DeleteResponse<"portal_quote_item">
export type AdminPortalQuoteMessageListResponse = { messages: AdminPortalQuoteMessage[] }
export type AdminPortalQuoteMessageResponse = { message: AdminPortalQuoteMessage }

export type AdminPortalQuoteItemBody = {
  variant_id?: string | null
  title: string
  description?: string | null
  quantity: number
  unit_price: number
  discount_percent?: number
  is_optional?: boolean
  is_selected?: boolean
  position?: number
}

/** The terms staff set on a quote; every field may be left out on update. */
export type AdminUpdatePortalQuoteBody = {
  region_id?: string | null
  sales_channel_id?: string | null
  /** An ISO date. */
  valid_until?: string | null
  deposit_percent?: number | null
  deposit_amount?: number | null
  /** One of the customer's addresses; on creation, by default their default shipping address. */
  shipping_address_id?: string
  /** A flat-rate shipping option; null removes the shipping method (and its freight). */
  shipping_option_id?: string | null
  /** Freight for this quote instead of the option's flat price. */
  shipping_amount?: number | null
  terms?: string | null
  /** A language the portal has catalogs for; null: the company's, else the store's. */
  language?: string | null
  internal_note?: string | null
  assigned_user_ids?: string[]
  agreement_template_id?: string | null
  /** One of the customer's companies, or null; left out on creation, their single active one. */
  company_id?: string | null
}

export type AdminCreatePortalQuoteBody = AdminUpdatePortalQuoteBody & {
  customer_id: string
  currency_code: string
  items?: AdminPortalQuoteItemBody[]
}

export type AdminAddPortalQuoteItemsBody = { items: AdminPortalQuoteItemBody[] }
export type AdminUpdatePortalQuoteItemBody = Partial<AdminPortalQuoteItemBody>
export type AdminCreatePortalQuoteMessageBody = { body: string }

export type AdminPortalQuoteParams = { fields?: string }

export type AdminPortalQuoteListParams = FindParams & {
  q?: string
  status?: OneOrMany<QuoteStatus>
  customer_id?: OneOrMany<string>
  /** The quote an order was created from (the order page's widget asks this). */
  order_id?: OneOrMany<string>
}

// ---------------------------------------------------------------- store

/** One of the buyer's own addresses (Medusa's customer addresses), to ship the order to. */
export type StorePortalQuoteAddress = Omit<
  QuoteShippingAddress,
  "customer_address_id" | "phone"
> & {
  id: string
}

export type StorePortalQuoteItem = QuoteLineJson
export type StorePortalQuoteMessage = QuoteMessageJson

/** Where the buyer stands with a quote: its status as they see it and what they may do now. */
export type StorePortalQuoteStanding = {
  status: QuoteStatus
  /** A member's request staff took up: `requested` until they send it. */
  being_prepared?: boolean
  /** Whether the buyer may accept, sign or decline now. */
  can_respond: boolean
  /** Whether accepting means signing the quote's agreement. */
  requires_signature: boolean
}

/** A quote as its buyer sees it: no internal note, staff or link data. */
export type StorePortalQuote = StorePortalQuoteStanding & {
  id: string
  number: string
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
  sent_at: string | null
  accepted_at: string | null
  declined_at: string | null
  decline_reason: string | null
  items: StorePortalQuoteItem[]
  messages: StorePortalQuoteMessage[]
  customer: {
    first_name: string | null
    last_name: string | null
    email: string
    company_name: string | null
    /** The buyer's addresses: the order ships to the quote's, or to another they pick. */
    addresses: StorePortalQuoteAddress[]
  } | null
  order: PortalOrderRef | null
  totals: QuoteTotals
}

/** One line of a contact's quote list. */
export type StorePortalQuoteSummary = Omit<StorePortalQuoteStanding, "status"> & {
  id: string
  number: string
  /** A contact never sees a draft: a request staff took up is `requested`, `being_prepared`. */
  status: Exclude<QuoteStatus, "draft">
  currency_code: string
  total: number
  valid_until: string | null
  sent_at: string | null
  accepted_at: string | null
  declined_at: string | null
  /** The quote customer's name, or null. */
  addressed_to: string | null
  order: PortalOrderRef | null
  /** Staff replies the contact has not read (docs/ARCHITECTURE.md, "Read markers"). */
  unread_count: number
}

/** The merchant's name and look on the buyer's page. */
export type StorePortalBranding = {
  name: string
  logo_url?: string | null
  primary_color?: string | null
}

/** The agreement the buyer is asked to sign, rendered for this quote: structured, as escaped HTML and as text. */
export type StorePortalAgreement = RenderedAgreement & {
  html: string
  text: string
  consent_text: string
}

/** What the buyer's quote page opens with. */
export type StorePortalQuoteViewResponse = {
  quote: StorePortalQuote
  agreement: StorePortalAgreement | null
  signed_agreement: StorePortalSignedAgreementSummary | null
  branding: StorePortalBranding
  /**
   * The language chosen for the quote (staff's, else its company's; docs/ARCHITECTURE.md,
   * "Languages"): its page, papers and link emails are in it. Null when none was chosen:
   * the page follows the browser.
   */
  language: string | null
  /** For a signed-in contact: the login they sign as (no email to type). */
  signer?: { name: string; email: string }
}

export type StorePortalQuoteResponse = { quote: StorePortalQuote }
export type StorePortalQuoteListResponse = PaginatedResponse<{
  quotes: StorePortalQuoteSummary[]
}>
export type StorePortalQuoteSelectionResponse = StorePortalQuoteResponse & { totals: QuoteTotals }
/** A quote with an agreement is accepted by signing: `next: "sign"` and nothing changed. */
export type StorePortalQuoteAcceptResponse =
  | (StorePortalQuoteResponse & { next: "sign" })
  | (StorePortalQuoteResponse & { order: PortalOrderRef | null })
export type StorePortalQuoteSignResponse = StorePortalQuoteResponse & {
  order: PortalOrderRef | null
  signed_agreement: StorePortalSignedAgreementSummary | null
  /** The signed agreement's record, whose PDF the quote's `pdf` route then serves. */
  signed_agreement_id: string
  /** The deposit invoice the signature raised, if the quote asks for one. */
  invoice_id: string | null
}
export type StorePortalQuoteMessageListResponse = { messages: StorePortalQuoteMessage[] }
export type StorePortalQuoteMessageResponse = { message: StorePortalQuoteMessage }

/** The quote a contact's request made from their portal cart. */
export type StorePortalQuoteRequestResponse = {
  quote: { id: string; display_number: number; status: QuoteStatus }
}

export type StoreSelectPortalQuoteItemsBody = {
  selected_item_ids: string[]
  /** Another of the buyer's own addresses, when the order ships elsewhere. */
  shipping_address_id?: string
}
export type StoreAcceptPortalQuoteBody = StoreSelectPortalQuoteItemsBody
export type StoreDeclinePortalQuoteBody = { reason: string }
/** A signed-in contact signs with their login's email, so the body carries none. */
export type StoreSignPortalQuoteBody = StoreSelectPortalQuoteItemsBody & {
  signer_name: string
  /** A PNG data URL. */
  signature: string
  consent: true
}
/** A contact's message carries their login's name. */
export type StoreCreatePortalQuoteMessageBody = { body: string }

export type StoreCreatePortalQuoteRequestBody = { cart_id: string; note?: string | null }

export type StorePortalQuoteListParams = Omit<FindParams, "fields"> & {
  status?: OneOrMany<Exclude<QuoteStatus, "draft">>
  /** A quote number, "Q-1001" or "1001". */
  q?: string
  /** `true`: only quotes with staff replies the contact has not read. */
  has_unread?: "true" | "false"
}
