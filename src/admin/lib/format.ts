/** An amount in the currency's main unit (as the API and the totals function use it). */
export function formatMoney(amount: number | null | undefined, currencyCode: string): string {
  if (amount == null) return "–"
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(amount)
  } catch {
    return `${amount} ${currencyCode.toUpperCase()}`
  }
}

export const formatDate = (value: string | Date | null | undefined) =>
  value ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(value)) : "–"

export const formatDateTime = (value: string | Date | null | undefined) =>
  value
    ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(
        new Date(value)
      )
    : "–"

/** "Ada Lovelace", else the email. */
export function customerName(
  customer:
    | { first_name?: string | null; last_name?: string | null; email?: string | null }
    | null
    | undefined,
  fallbackEmail = ""
) {
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  return name || customer?.email || fallbackEmail
}

/** A file's size as people read it: "820 B", "14 KB", "3.2 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const kilobytes = bytes / 1024
  if (kilobytes < 1024) return `${Math.round(kilobytes)} KB`
  const megabytes = kilobytes / 1024
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`
}
