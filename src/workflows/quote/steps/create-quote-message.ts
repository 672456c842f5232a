import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type QuoteMessageData = {
  quote_id: string
  author_type: "customer" | "staff"
  author_id?: string | null
  author_name?: string | null
  body: string
}

export const createQuoteMessageStep = createStep(
  "portal-create-quote-message",
  async (data: QuoteMessageData, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const message = await quotes.createPortalQuoteMessages(data)
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (!id) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.deletePortalQuoteMessages(id)
  }
)
