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
 * The buyer actions staff can be alerted about. Each alert goes to the quote's
 * assigned users and to the admin users listed for it in the settings.
 */
export const STAFF_ALERT_KEYS = [
  "quote_viewed",
  "quote_message",
  "quote_accepted",
  "quote_declined",
] as const
export type StaffAlertKey = (typeof STAFF_ALERT_KEYS)[number]
export type NotificationRecipients = Record<StaffAlertKey, string[]>

export const MAX_RECIPIENTS_PER_ALERT = 50

/**
 * The recipients with every alert present, each list without repeats. Rows
 * saved before an alert existed simply have nobody extra listed for it.
 */
export function notificationRecipients(stored: unknown): NotificationRecipients {
  const lists = (stored ?? {}) as Partial<Record<string, unknown>>
  return Object.fromEntries(
    STAFF_ALERT_KEYS.map((key) => {
      const ids = Array.isArray(lists[key]) ? (lists[key] as unknown[]) : []
      return [key, [...new Set(ids.filter((id): id is string => typeof id === "string"))]]
    })
  ) as NotificationRecipients
}
