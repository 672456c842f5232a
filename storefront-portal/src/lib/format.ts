let current: string | undefined

/** The page's locale, set by the language provider (src/lib/i18n.tsx). */
export function setFormatLocale(locale: string) {
  current = locale
}

const locale = () =>
  current ?? ((typeof navigator !== "undefined" && navigator.language) || "en-US")

export function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat(locale(), {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(amount)
}

export function formatDate(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long" }).format(new Date(value))
}

/**
 * A calendar day the server sends as "YYYY-MM-DD" (or midnight UTC of it, such as
 * a supplier's promised date), formatted as formatDate does but never moved to
 * the day before by the browser's time zone.
 */
export function formatDay(value: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${value.slice(0, 10)}T00:00:00Z`)
  )
}

/** Today in the browser's calendar, as "YYYY-MM-DD" (the value of a date input). */
export function todayInput(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export function formatDateTime(value: string | Date): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(value)
  )
}

const DAY_MS = 24 * 60 * 60 * 1000

const startOfDay = (time: number) => {
  const day = new Date(time)
  day.setHours(0, 0, 0, 0)
  return day.getTime()
}

/**
 * The calendar days until a quote expires, in the buyer's calendar (a quote sent today,
 * valid for 14 days, has 14); null once past or without an end.
 */
export function daysLeft(validUntil: string | null, now = Date.now()): number | null {
  if (!validUntil) return null
  const end = new Date(validUntil).getTime()
  if (end <= now) return null
  return Math.round((startOfDay(end) - startOfDay(now)) / DAY_MS)
}
