import { formatQuoteNumber } from "../../modules/quote/status"
import { totalsOfQuote, type QuoteTotals } from "../../shared/quote-totals"

/**
 * What the admin and the buyer views of a quote share (docs/ARCHITECTURE.md,
 * "Routes and guards"): the human number, the totals, lists in reading order.
 */
export type QuoteLike = {
  display_number?: number | string
  status?: string
  currency_code?: string
  valid_until?: Date | string | null
  deposit_percent?: number | null
  deposit_amount?: unknown
  items?: Array<Record<string, unknown> | null> | null
  messages?: Array<{ created_at?: Date | string } | null> | null
  events?: Array<{ created_at?: Date | string } | null> | null
}

const byPosition = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Number(a.position ?? 0) - Number(b.position ?? 0)
const byCreatedAt = (a: { created_at?: Date | string }, b: { created_at?: Date | string }) =>
  new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime()

/** Adds the human number and the totals, and puts lists in reading order. */
export function presentQuote<T extends QuoteLike>(
  quote: T
): T & { number?: string; totals?: QuoteTotals } {
  const items = (quote.items ?? []).filter((item) => !!item) as Record<string, unknown>[]
  items.sort(byPosition)
  const presented: T & { number?: string; totals?: QuoteTotals } = { ...quote }
  if (quote.items) presented.items = items
  if (quote.messages) presented.messages = quote.messages.filter(Boolean).sort(byCreatedAt as never)
  if (quote.events) presented.events = quote.events.filter(Boolean).sort(byCreatedAt as never)
  if (quote.display_number != null) presented.number = formatQuoteNumber(quote.display_number)
  if (quote.items && quote.currency_code) {
    presented.totals = totalsOfQuote({
      ...quote,
      currency_code: quote.currency_code,
      items,
    } as never)
  }
  return presented
}
