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
