import type {
  FindParams,
  OneOrMany,
  PaginatedResponse,
  PortalOrderRef,
  PortalQuoteRef,
} from "./common"

// Invoices (docs/ARCHITECTURE.md, "Routes and guards", "Member API: orders and
// invoices"): /admin/portal/invoices/**, /store/portal/invoices/** (a signed-in
// contact), /store/portal/quote-links/:token/invoices/** (a link holder).

export type PortalInvoiceStatus = "unpaid" | "paid" | "overdue" | "void"
export type PortalInvoiceKind = "deposit" | "balance" | "final"

/** What every caller sees of an invoice. */
export type PortalInvoiceColumns = {
  id: string
  /** INV-1001: the display number, formatted. */
  number: string
  display_number: number
  kind: PortalInvoiceKind
  status: PortalInvoiceStatus
  amount: number
  currency_code: string
  due_at: string | null
  paid_at: string | null
  created_at: string
}

// ---------------------------------------------------------------- admin

export type AdminPortalInvoicePaymentSession = { id: string; provider_id: string; status: string }

export type AdminPortalInvoicePayment = {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  canceled_at: string | null
}

export type AdminPortalInvoice = PortalInvoiceColumns & {
  voided_at: string | null
  order_id: string
  quote_id: string | null
  payment_collection_id: string | null
  metadata: Record<string, unknown> | null
  updated_at: string
  order: (PortalOrderRef & { email: string | null }) | null
  payment_collection: {
    id: string
    status: string
    /** The rest of the collection is read for one invoice, not for a list. */
    amount?: number
    captured_amount?: number | null
    refunded_amount?: number | null
    payment_sessions?: AdminPortalInvoicePaymentSession[]
    payments?: AdminPortalInvoicePayment[]
  } | null
}

export type AdminPortalInvoiceResponse = { invoice: AdminPortalInvoice }
export type AdminPortalInvoiceListResponse = PaginatedResponse<{ invoices: AdminPortalInvoice[] }>
/** Money received outside the portal: the captured payment and the invoice, paid moments later. */
export type AdminPortalInvoiceRecordPaymentResponse = AdminPortalInvoiceResponse & {
  payment: { id: string }
}

/** Staff issue only the balance invoice; deposits are raised when the quote is accepted. */
export type AdminCreatePortalInvoiceBody = {
  order_id: string
  kind: "balance"
  /** An ISO date. */
  due_at?: string
}

export type AdminPortalInvoiceParams = { fields?: string }

export type AdminPortalInvoiceListParams = FindParams & {
  status?: OneOrMany<PortalInvoiceStatus>
  kind?: OneOrMany<PortalInvoiceKind>
  order_id?: OneOrMany<string>
  quote_id?: OneOrMany<string>
}

// ---------------------------------------------------------------- store

/** An invoice as the quote's page shows it, with what its Pay button needs. */
export type StorePortalQuoteInvoice = PortalInvoiceColumns & {
  payable: boolean
  /** Providers enabled in the order's region, e.g. pp_system_default or pp_stripe_stripe. */
  payment_providers: string[]
  payment_sessions: { id: string; provider_id: string; status: string }[]
}

/** An invoice as a signed-in contact sees it: the quote page's view, with its order and quote. */
export type StorePortalInvoice = StorePortalQuoteInvoice & {
  order: PortalOrderRef | null
  quote: PortalQuoteRef | null
}

/** A payment session as the buyer's client needs it; `data` is the provider's, e.g. Stripe's client_secret. */
export type StorePortalPaymentSession = {
  id: string
  provider_id: string
  status: string
  amount: number
  currency_code: string
  data: Record<string, unknown>
}

export type StorePortalInvoiceResponse = { invoice: StorePortalInvoice }
export type StorePortalInvoiceListResponse = PaginatedResponse<{ invoices: StorePortalInvoice[] }>
export type StorePortalInvoicePaymentSessionResponse = StorePortalInvoiceResponse & {
  payment_session: StorePortalPaymentSession
}
/** The invoice turns paid once the capture's subscriber has run, so a client polls it. */
export type StorePortalInvoicePayResponse = StorePortalInvoiceResponse & {
  payment: { id: string | null; captured: boolean }
}

export type StorePortalQuoteInvoiceListResponse = { invoices: StorePortalQuoteInvoice[] }
export type StorePortalQuoteInvoicePaymentSessionResponse = {
  payment_session: StorePortalPaymentSession
  invoice: StorePortalQuoteInvoice
}
export type StorePortalQuoteInvoicePayResponse = {
  payment: { id: string | null; captured: boolean }
  invoice: StorePortalQuoteInvoice
}

export type StoreCreatePortalInvoicePaymentSessionBody = {
  provider_id: string
  data?: Record<string, unknown>
}
export type StorePayPortalInvoiceBody = { payment_session_id: string }

export type StorePortalInvoiceListParams = {
  limit?: number
  offset?: number
  status?: OneOrMany<PortalInvoiceStatus>
  quote_id?: string
}
