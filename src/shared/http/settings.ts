import type { NotificationRecipients, StaffAlertKey, StockDisplay } from "../portal-settings"
import type { StorePortalBranding } from "./quotes"

/**
 * The portal settings, `/admin/portal/settings` (docs/ARCHITECTURE.md,
 * "Settings"), and the branding buyers see before they sign in,
 * `/store/portal/branding` ("Storefront portal").
 */

export type AdminPortalSettings = {
  id: string
  display_name: string | null
  logo_url: string | null
  primary_color: string
  default_validity_days: number
  default_deposit_percent: number | null
  consent_text: string | null
  notification_recipients: NotificationRecipients
  /** Issue the balance invoice as soon as a quote is accepted. */
  auto_balance_invoice: boolean
  stock_display: StockDisplay
  low_stock_threshold: number
  show_incoming: boolean
  allow_quote_requests: boolean
  allow_place_order: boolean
  hide_prices: boolean
  portal_discount_percent: number
  /** Documents: files shared with companies (a feature toggle). */
  documents_enabled: boolean
  /** Work requests: contacts submit jobs and tickets (a feature toggle). */
  work_requests_enabled: boolean
  /** Conversations: threads with the company's contacts (a feature toggle). */
  conversations_enabled: boolean
  /** Whether contacts may start a conversation; off, they only reply to staff's. */
  clients_may_start_conversations: boolean
  created_at: string
  updated_at: string
}

/** The portal's sales channel and the publishable key the storefront portal uses. */
export type AdminPortalChannel = {
  sales_channel: { id: string; name: string }
  publishable_key: { id: string; token: string }
}

/** The settings, what applies where a text setting is blank, and the portal's channel. */
export type AdminPortalSettingsResponse = {
  settings: AdminPortalSettings
  fallbacks: { consent_text: string }
  portal_channel: AdminPortalChannel
}

/** One alert's recipients as sent: a plain list is the users alone. */
export type AdminPortalAlertTargetBody =
  string[] | { user_ids?: string[]; staff_group_ids?: string[]; template?: string | null }

/**
 * A partial update: fields left out keep their value; null (or blank text)
 * restores a fallback. Every alert left out of `notification_recipients` is
 * saved with nobody extra listed.
 */
export type AdminUpdatePortalSettingsBody = {
  display_name?: string | null
  logo_url?: string | null
  primary_color?: string
  default_validity_days?: number
  default_deposit_percent?: number | null
  consent_text?: string | null
  notification_recipients?: Partial<Record<StaffAlertKey, AdminPortalAlertTargetBody>>
  auto_balance_invoice?: boolean
  stock_display?: StockDisplay
  low_stock_threshold?: number
  show_incoming?: boolean
  allow_quote_requests?: boolean
  allow_place_order?: boolean
  hide_prices?: boolean
  portal_discount_percent?: number
  documents_enabled?: boolean
  work_requests_enabled?: boolean
  conversations_enabled?: boolean
  clients_may_start_conversations?: boolean
}

/** GET /store/portal/branding: the merchant's look before sign-in, as the quote page has it. */
export type StorePortalBrandingResponse = { branding: StorePortalBranding }
