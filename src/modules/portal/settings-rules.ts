/**
 * What a valid portal setting is. The admin validators and the service share
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

/**
 * An absolute http(s) URL, or a root-relative path such as `/static/logo.png`
 * served by the storefront's own host. Protocol-relative (`//host`) and other
 * schemes (`javascript:`, `data:`) are refused: the value lands in an `<img src>`.
 */
export function isLogoUrl(value: string): boolean {
  if (/\s|\\/.test(value)) return false
  if (value.startsWith("/")) return !value.startsWith("//")
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname
  } catch {
    return false
  }
}
