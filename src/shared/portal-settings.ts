/**
 * What a valid portal setting is. The admin API, the service and the admin page share
 * these, so a setting means the same thing wherever it is checked.
 */

/** The value of the singleton row's unique key. */
export const SETTINGS_KEY = "default"

export const DEFAULT_PRIMARY_COLOR = "#1d4ed8"
export const PRIMARY_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/

export const DEFAULT_VALIDITY_DAYS = 30
export const VALIDITY_DAYS_RANGE = { min: 1, max: 365 } as const

export const DEPOSIT_PERCENT_RANGE = { min: 0, max: 100 } as const

export const MAX_DISPLAY_NAME_LENGTH = 200

/** The merchant's name on pages, papers and emails: the portal's display name, else the store's. */
export function merchantDisplayName(
  displayName: string | null | undefined,
  storeName: string | null | undefined
): string {
  return displayName || storeName || "Our store"
}
export const MAX_LOGO_URL_LENGTH = 2048
export const MAX_CONSENT_TEXT_LENGTH = 2000

export const MAX_LOGO_BYTES = 2 * 1024 * 1024

/** The logo formats a portal takes: raster images only, never SVG (it can carry script). */
export const LOGO_IMAGE_TYPES = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
} as const
export type LogoImageType = keyof typeof LOGO_IMAGE_TYPES

/** What an uploaded logo really is, from its first bytes, whatever its name or stated type. */
export function logoImageType(bytes: Uint8Array): LogoImageType | null {
  const starts = (signature: number[], at = 0) =>
    bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  if (starts([0xff, 0xd8, 0xff])) return "jpeg"
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp"
  return null
}

/**
 * An absolute http(s) URL, or a root-relative path such as `/static/logo.png`
 * served by the storefront's own host, naming a PNG, JPEG or WebP file.
 * Protocol-relative (`//host`) and other schemes (`javascript:`, `data:`) are
 * refused: the value lands in an `<img src>`. Uploaded logos are checked by their
 * content (`logoImageType`) and stored under a name with the matching extension.
 */
export function isLogoUrl(value: string): boolean {
  if (/\s|\\/.test(value)) return false
  let path: string
  if (value.startsWith("/")) {
    if (value.startsWith("//")) return false
    path = value.split(/[?#]/)[0]
  } else {
    try {
      const url = new URL(value)
      if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname) return false
      path = url.pathname
    } catch {
      return false
    }
  }
  return /\.(png|jpe?g|webp)$/i.test(path)
}

/**
 * What staff are alerted about: the buyer's actions on a quote, a member's quote
 * request, an order placed in the portal, a purchase order a supplier
 * acknowledged and a bill a supplier submitted. Each alert goes to the users and
 * staff groups listed for it in the settings (and, for a quote, its assigned
 * users), by email with the alert's template (docs/ARCHITECTURE.md, "Settings").
 */
export const STAFF_ALERT_KEYS = [
  "quote_viewed",
  "quote_message",
  "quote_accepted",
  "quote_declined",
  "quote_requested",
  "order_placed",
  // Procurement (docs/ARCHITECTURE.md, "Procurement"): a supplier's actions.
  "po_acknowledged",
  "bill_submitted",
  // Documents (docs/ARCHITECTURE.md, "Documents"): a company is done uploading.
  "documents_uploaded",
  // Work requests (docs/ARCHITECTURE.md, "Work requests"): a contact submits or replies.
  "work_request_submitted",
  "work_request_reply",
  // Conversations (docs/ARCHITECTURE.md, "Conversations"): a contact writes.
  "conversation_message",
] as const
export type StaffAlertKey = (typeof STAFF_ALERT_KEYS)[number]

/** The email template each alert uses unless the settings name another. */
export const DEFAULT_ALERT_TEMPLATES: Record<StaffAlertKey, string> = {
  quote_viewed: "portal-staff-quote-viewed",
  quote_message: "portal-staff-quote-message",
  quote_accepted: "portal-staff-quote-accepted",
  quote_declined: "portal-staff-quote-declined",
  quote_requested: "portal-staff-quote-requested",
  order_placed: "portal-staff-order-placed",
  po_acknowledged: "portal-staff-po-acknowledged",
  bill_submitted: "portal-staff-bill-submitted",
  documents_uploaded: "portal-staff-documents-uploaded",
  work_request_submitted: "portal-staff-work-request-submitted",
  work_request_reply: "portal-staff-work-request-reply",
  conversation_message: "portal-staff-conversation-message",
}

/** Who hears about one alert: admin users, staff groups, and the template (null: the default). */
export type StaffAlertTarget = {
  user_ids: string[]
  staff_group_ids: string[]
  template: string | null
}
export type NotificationRecipients = Record<StaffAlertKey, StaffAlertTarget>

export const MAX_RECIPIENTS_PER_ALERT = 50
export const MAX_TEMPLATE_NAME_LENGTH = 100
/** A notification provider's template name: letters, digits, `.`, `_`, `-`. */
export const TEMPLATE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

const ids = (value: unknown) =>
  Array.isArray(value)
    ? [...new Set(value.filter((id): id is string => typeof id === "string"))]
    : []

/**
 * The recipients with every alert present, each list without repeats. Rows saved
 * before an alert existed have nobody listed for it; rows saved when an alert was
 * a plain list of user ids read as those users with the default template.
 */
export function notificationRecipients(stored: unknown): NotificationRecipients {
  const lists = (stored ?? {}) as Partial<Record<string, unknown>>
  return Object.fromEntries(
    STAFF_ALERT_KEYS.map((key) => {
      const value = lists[key]
      if (Array.isArray(value) || !value || typeof value !== "object") {
        return [key, { user_ids: ids(value), staff_group_ids: [], template: null }]
      }
      const target = value as Partial<Record<keyof StaffAlertTarget, unknown>>
      return [
        key,
        {
          user_ids: ids(target.user_ids),
          staff_group_ids: ids(target.staff_group_ids),
          template: typeof target.template === "string" && target.template ? target.template : null,
        },
      ]
    })
  ) as NotificationRecipients
}

/** The template an alert is emailed with. */
export const alertTemplate = (recipients: NotificationRecipients, key: StaffAlertKey) =>
  recipients[key].template ?? DEFAULT_ALERT_TEMPLATES[key]

/** What the portal's catalog shows of stock (docs/ARCHITECTURE.md, "Catalog"). */
export const STOCK_DISPLAYS = ["off", "number", "indication"] as const
export type StockDisplay = (typeof STOCK_DISPLAYS)[number]
export const DEFAULT_LOW_STOCK_THRESHOLD = 5
export const LOW_STOCK_THRESHOLD_RANGE = { min: 0, max: 1_000_000 } as const
export const DISCOUNT_PERCENT_RANGE = { min: 0, max: 100 } as const

export const PLACE_ORDER_NEEDS_PRICES =
  "allow_place_order cannot be on while hide_prices is on: nobody pays an amount they cannot see"

type Ordering = { hide_prices: boolean; allow_place_order: boolean }

/**
 * The one rule between hiding prices and placing orders: turning hide_prices on
 * turns allow_place_order off, and asking for both on is refused. `current` is
 * what is saved, `changes` what staff send; answers the changes to save, or the
 * reason they are refused. The settings workflow and the admin form both use it.
 */
export function settleOrdering<T extends Partial<Ordering>>(
  current: Ordering,
  changes: T
): { changes: T; error?: undefined } | { changes?: undefined; error: string } {
  const hidePrices = changes.hide_prices ?? current.hide_prices
  if (!hidePrices) return { changes }
  if (changes.allow_place_order === true) return { error: PLACE_ORDER_NEEDS_PRICES }
  if (!current.allow_place_order && changes.allow_place_order === undefined) return { changes }
  return { changes: { ...changes, allow_place_order: false } }
}

export const MAX_STAFF_GROUP_NAME_LENGTH = 100
export const MAX_STAFF_GROUP_USERS = 100

/**
 * The portal's optional features, each with its toggle on the Client Portal settings page
 * (docs/ARCHITECTURE.md, "Feature toggles"): off, the feature's routes refuse and the
 * portal hides it.
 */
export const PORTAL_FEATURES = {
  documents: "documents_enabled",
  work_requests: "work_requests_enabled",
  conversations: "conversations_enabled",
} as const
export type PortalFeature = keyof typeof PORTAL_FEATURES

/** Which optional features the settings turn on: `{ documents: true }`. */
export const portalFeatures = (
  settings: Record<(typeof PORTAL_FEATURES)[PortalFeature], boolean>
) =>
  Object.fromEntries(
    Object.entries(PORTAL_FEATURES).map(([feature, key]) => [feature, !!settings[key]])
  ) as Record<PortalFeature, boolean>
