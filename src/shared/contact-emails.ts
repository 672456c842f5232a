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
} as const satisfies Record<string, { permission: Permission; label: string }>

export type ContactEmailKind = keyof typeof CONTACT_EMAIL_KINDS

export const CONTACT_EMAIL_KIND_KEYS = Object.keys(CONTACT_EMAIL_KINDS) as ContactEmailKind[]

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
} as const
