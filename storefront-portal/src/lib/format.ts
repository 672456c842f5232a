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

/** "Expires in 12 days", "Expires tomorrow", "Expires today"; null once past. */
export function expiresIn(validUntil: string | null, now = Date.now()): string | null {
  if (!validUntil) return null
  const left = new Date(validUntil).getTime() - now
  if (left <= 0) return null
  const days = Math.floor(left / DAY_MS)
  if (days === 0) return "Expires today"
  if (days === 1) return "Expires tomorrow"
  return `Expires in ${days} days`
}
