import type { ContactEmailSwitches } from "../contact-emails"
import type { Permission } from "../permissions"
import type { PortalFeature } from "../portal-settings"
import type { StorePortalBranding } from "./quotes"

/**
 * `/store/portal/me`: the signed-in contact, their preferences, the companies
 * they may act for and what they may do in the active one (docs/ARCHITECTURE.md,
 * "Accounts", "Quote requests" and "Placing orders").
 */

export type StorePortalContact = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  company_name: string | null
}

/** A company the contact may act for, with their teams and permissions there. */
export type StorePortalMeCompany = {
  id: string
  name: string
  is_customer: boolean
  is_supplier: boolean
  teams: { id: string; name: string }[]
  permissions: Permission[]
}

export type StorePortalMe = {
  contact: StorePortalContact
  preferences: {
    marketing_opt_in: boolean
    emails: ContactEmailSwitches
    /** Their own choice of language; null: the company's, else the browser's, else the store's. */
    language: string | null
  }
  /**
   * The language their pages are in: their choice, else the active company's, else the
   * first the request's `Accept-Language` asks for that the portal has, else the store's.
   */
  language: string
  companies: StorePortalMeCompany[]
  active_company_id: string
  permissions: Permission[]
  /** The merchant's name, logo and colour for the signed-in pages. */
  branding: StorePortalBranding
  /** The ordering settings the cart page follows; the server enforces them either way. */
  ordering: { allow_quote_requests: boolean; allow_place_order: boolean; hide_prices: boolean }
  /** The optional features the merchant offers; the portal shows only these. */
  features: Record<PortalFeature, boolean>
  /** Whether the contact's company may start conversations (the merchant's setting). */
  may_start_conversations: boolean
}

/** GET and POST answer the contact as they now are. */
export type StorePortalMeResponse = StorePortalMe

/** What a contact may change of themselves; `phone: null` clears it. At least one field. */
export type StoreUpdatePortalMeBody = {
  first_name?: string
  last_name?: string
  phone?: string | null
  marketing_opt_in?: boolean
  emails?: Partial<ContactEmailSwitches>
  language?: string | null
}
