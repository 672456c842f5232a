const locale = () => (typeof navigator !== "undefined" && navigator.language) || "en-US"

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
 * "Expires in 14 days", "Expires tomorrow", "Expires today", counted in the
 * buyer's calendar days (a quote sent today, valid for 14 days, says 14); null once past.
 */
export function expiresIn(validUntil: string | null, now = Date.now()): string | null {
  if (!validUntil) return null
  const end = new Date(validUntil).getTime()
  if (end <= now) return null
  const days = Math.round((startOfDay(end) - startOfDay(now)) / DAY_MS)
  if (days === 0) return "Expires today"
  if (days === 1) return "Expires tomorrow"
  return `Expires in ${days} days`
}
