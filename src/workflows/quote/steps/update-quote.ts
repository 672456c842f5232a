import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type UpdateQuoteData = { id: string } & Record<string, unknown>

/** Updates a quote's own fields; compensation restores the previous values. */
export const updateQuoteStep = createStep(
  "portal-update-quote",
  async (data: UpdateQuoteData, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const keys = Object.keys(data).filter((key) => key !== "id")
    const previous = await quotes.retrievePortalQuote(data.id, { select: ["id", ...keys] })
    const updated = await quotes.updatePortalQuotes(data)
    return new StepResponse(updated, previous as UpdateQuoteData)
  },
  async (previous, { container }) => {
    if (!previous) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuotes(previous)
  }
)
