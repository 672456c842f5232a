import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { UpdateQuoteData } from "./update-quote"
import { assertTransition, formatQuoteNumber, QuoteStatus } from "../../../modules/quote/status"

export type TransitionQuoteInput = {
  quote: { id: string; status: string; display_number: number | string }
  to: QuoteStatus
  /** Fields stamped with the change, e.g. accepted_at. */
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
    const won = await quotes.claimStatusChange(quote.id, [from], to)
    if (!won) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Quote ${number} was changed by another request; reload it and try again`
      )
    }
    const keys = Object.keys(data ?? {})
    const previous: UpdateQuoteData = keys.length
      ? await quotes.retrievePortalQuote(quote.id, { select: ["id", ...keys] })
      : { id: quote.id }
    if (keys.length) {
      await quotes.updatePortalQuotes({ id: quote.id, ...data })
    }
    return new StepResponse({ id: quote.id, status: to }, { ...previous, status: from })
  },
  async (previous, { container }) => {
    if (!previous) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuotes(previous)
  }
)
