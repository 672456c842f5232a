import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { QUOTE_STAMPS, type QuoteStamps } from "../../../modules/quote/service"
import type { UpdateQuoteData } from "./update-quote"
import { assertTransition, formatQuoteNumber, QuoteStatus } from "../../../modules/quote/status"

export type TransitionQuoteInput = {
  quote: { id: string; status: string; display_number: number | string }
  to: QuoteStatus
  /** Fields stamped with the change, e.g. accepted_at, or set with it (assigned_user_ids). */
  data?: Record<string, unknown>
}

/**
 * Moves a quote along the status machine. The check and the write are one
 * conditional UPDATE, so of two concurrent callers exactly one wins; the other
 * gets a 409 and nothing changes.
 */
export const transitionQuoteStep = createStep(
  "portal-transition-quote",
  async ({ quote, to, data }: TransitionQuoteInput, { container }) => {
    const from = quote.status as QuoteStatus
    const number = formatQuoteNumber(quote.display_number)
    assertTransition(from, to, number)
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    // The check, the status and its stamps are one statement (claimTransition); any
    // other field is set after it.
    const entries = Object.entries(data ?? {})
    const isStamp = (key: string) => (QUOTE_STAMPS as readonly string[]).includes(key)
    const stamps = Object.fromEntries(entries.filter(([key]) => isStamp(key))) as QuoteStamps
    const others = Object.fromEntries(entries.filter(([key]) => !isStamp(key)))
    const stamped = await quotes.claimTransition(quote.id, [from], to, stamps)
    if (!stamped) {
      throw refusal(MedusaError.Types.CONFLICT, "quote.changed_concurrently", { number })
    }
    const keys = Object.keys(others)
    const previous = keys.length
      ? { ...stamped, ...(await quotes.retrievePortalQuote(quote.id, { select: ["id", ...keys] })) }
      : stamped
    if (keys.length) await quotes.updatePortalQuotes({ id: quote.id, ...others })
    return new StepResponse({ id: quote.id, status: to }, {
      id: quote.id,
      ...previous,
      status: from,
    } as UpdateQuoteData)
  },
  async (previous, { container }) => {
    if (!previous) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuotes(previous)
  }
)
