import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteEventType } from "../../../modules/quote/status"

export type QuoteEventData = {
  quote_id: string
  type: QuoteEventType
  actor_type: "customer" | "staff" | "system"
  actor_id?: string | null
  data?: Record<string, unknown> | null
}

/** Appends to the quote's timeline. */
export const recordQuoteEventStep = createStep(
  "portal-record-quote-event",
  async (events: QuoteEventData[], { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const created = await quotes.createPortalQuoteEvents(events)
    return new StepResponse(
      created,
      created.map((event) => event.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.deletePortalQuoteEvents(ids)
  }
)
