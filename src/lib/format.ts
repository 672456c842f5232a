// Money and dates in words, as papers (agreements, invoices, purchase orders) and
// emails print them: one place every layer may import (docs/ARCHITECTURE.md, "Layers").

/** An invalid locale tag falls back to English rather than failing a buyer's page. */
export function usableLocale(locale: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale || "en")[0] ?? "en"
  } catch {
    return "en"
  }
}

/**
 * Building an Intl formatter costs far more than formatting with one, and a paper or page
 * formats dozens of amounts: one formatter per locale and currency (or locale, for dates)
 * for the life of the process; the set of them is small.
 */
const moneyFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency })
    moneyFormats.set(key, format)
  }
  return format
}

/** An amount in the currency's major unit, e.g. 1000 USD → "$1,000.00", 1000 JPY → "¥1,000". */
export function formatMoney(
  amount: number | string | null | undefined,
  currencyCode: string,
  locale: string
): string {
  if (amount == null || amount === "" || !Number.isFinite(Number(amount))) return ""
  return moneyFormat(usableLocale(locale), currencyCode.toUpperCase()).format(Number(amount))
}

/** A calendar date in the locale's long style, read in UTC so every reader sees the same day. */
export function formatDate(value: Date | string | null | undefined, locale: string): string {
  if (value == null || value === "") return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const tag = usableLocale(locale)
  let format = dateFormats.get(tag)
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" })
    dateFormats.set(tag, format)
  }
  return format.format(date)
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()

/** A moment with its time and zone, in the locale's words, e.g. "14. Dezember 2026 um 15:00 UTC". */
export function formatDateTime(
  value: Date | string | null | undefined,
  locale: string,
  timeZone = "UTC"
): string {
  if (value == null || value === "") return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  const key = `${usableLocale(locale)}|${timeZone}`
  let format = dateTimeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(usableLocale(locale), {
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    })
    dateTimeFormats.set(key, format)
  }
  return format.format(date)
}
