import type { Permission } from "./permissions"

/**
 * The emails a portal contact receives about their company's records, one
 * kind per switch the contact can turn off, and the view permission a
 * contact's teams must grant for each (docs/ARCHITECTURE.md, "Contact emails").
 */
export const CONTACT_EMAIL_KINDS = {
  quotes: { permission: "quotes.view", label: "A quote is sent to the company" },
  messages: { permission: "quotes.view", label: "The merchant replies in a quote thread" },
  invoices: { permission: "invoices.view", label: "An invoice is issued or becomes overdue" },
  orders: { permission: "orders.view", label: "An order ships, is delivered or is cancelled" },
  work_requests: {
    permission: "work_requests.view",
    label: "The merchant replies to a work request",
  },
  conversations: {
    permission: "conversations.view",
    label: "The merchant writes in a conversation you take part in",
  },
} as const satisfies Record<string, { permission: Permission; label: string }>

export type ContactEmailKind = keyof typeof CONTACT_EMAIL_KINDS

export const CONTACT_EMAIL_KIND_KEYS = Object.keys(CONTACT_EMAIL_KINDS) as ContactEmailKind[]

/**
 * Business documents addressed to the company itself, which a contact cannot
 * turn off (like the quote link email): a purchase order sent to a supplier.
 * Same recipient rule, with the kind's view permission, and no opt-out.
 */
export const DOCUMENT_EMAIL_KINDS = {
  purchase_orders: {
    permission: "purchase_orders.view",
    label: "A purchase order is sent to the company",
  },
  document_requests: {
    permission: "documents.upload",
    label: "The merchant asks the company for documents",
  },
} as const satisfies Record<string, { permission: Permission; label: string }>

export type DocumentEmailKind = keyof typeof DOCUMENT_EMAIL_KINDS

/** Any email a company's contacts receive: one they may turn off, or a document. */
export type CompanyEmailKind = ContactEmailKind | DocumentEmailKind

/** The view permission a contact's teams must grant for an email of this kind. */
export function emailKindPermission(kind: CompanyEmailKind): Permission {
  return kind in CONTACT_EMAIL_KINDS
    ? CONTACT_EMAIL_KINDS[kind as ContactEmailKind].permission
    : DOCUMENT_EMAIL_KINDS[kind as DocumentEmailKind].permission
}

/** Whether a contact may turn this kind off (`email_opt_outs`). */
export const isOptionalEmailKind = (kind: CompanyEmailKind): kind is ContactEmailKind =>
  kind in CONTACT_EMAIL_KINDS

/** Per kind, whether the contact gets it: every kind is on until they turn it off. */
export type ContactEmailSwitches = Record<ContactEmailKind, boolean>

/** The switches from the stored list of kinds turned off (unknown names ignored). */
export function emailSwitches(optOuts: readonly string[] | null | undefined): ContactEmailSwitches {
  const off = new Set(optOuts ?? [])
  return Object.fromEntries(
    CONTACT_EMAIL_KIND_KEYS.map((kind) => [kind, !off.has(kind)])
  ) as ContactEmailSwitches
}

/** The stored list of kinds turned off, after applying `changes` to `current`. */
export function emailOptOuts(
  current: readonly string[] | null | undefined,
  changes: Partial<ContactEmailSwitches>
): ContactEmailKind[] {
  const switches = { ...emailSwitches(current), ...changes }
  return CONTACT_EMAIL_KIND_KEYS.filter((kind) => !switches[kind])
}

/** The portal pages the emails link to (the storefront's account area). */
export const PORTAL_ACCOUNT_PATHS = {
  quote: (id: string) => `/account/quotes/${encodeURIComponent(id)}`,
  invoice: (id: string) => `/account/invoices/${encodeURIComponent(id)}`,
  order: (id: string) => `/account/orders/${encodeURIComponent(id)}`,
  workRequest: (id: string) => `/account/work-requests/${encodeURIComponent(id)}`,
  documents: () => "/account/documents",
  conversation: (id: string) => `/account/conversations/${encodeURIComponent(id)}`,
  purchaseOrder: (id: string) => `/account/supplier/purchase-orders/${encodeURIComponent(id)}`,
} as const
