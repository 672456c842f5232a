import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { canTransition, QUOTE_STATUSES } from "../../../modules/quote/status"

export const expireDueQuotesStep = createStep(
  "portal-expire-due-quotes",
  async (_, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const open = QUOTE_STATUSES.filter((status) => canTransition(status, "expired"))
    const ids = await quotes.expireDueQuotes(open)
    return new StepResponse(ids)
  }
)
