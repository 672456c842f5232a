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

/** An amount in the currency's major unit, e.g. 1000 USD → "$1,000.00", 1000 JPY → "¥1,000". */
export function formatMoney(
  amount: number | string | null | undefined,
  currencyCode: string,
  locale: string
): string {
  if (amount == null || amount === "" || !Number.isFinite(Number(amount))) return ""
  return new Intl.NumberFormat(usableLocale(locale), {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(Number(amount))
}

/** A calendar date in the locale's long style, read in UTC so every reader sees the same day. */
export function formatDate(value: Date | string | null | undefined, locale: string): string {
  if (value == null || value === "") return ""
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat(usableLocale(locale), {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(date)
}
