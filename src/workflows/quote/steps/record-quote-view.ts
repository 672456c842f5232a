import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { canTransition, QuoteStatus } from "../../../modules/quote/status"

/** A new `viewed` timeline entry at most once an hour, so reloads do not flood it. */
const VIEW_EVENT_GAP_MS = 60 * 60 * 1000

export type RecordedView = { log_event: boolean; alert_staff: boolean }

/** A view is a fact, not a change to undo: this step has no compensation. */
export const recordQuoteViewStep = createStep(
  "portal-record-quote-view",
  async ({ quote }: { quote: { id: string; status: string } }, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const status = quote.status as QuoteStatus
    if (canTransition(status, "viewed")) {
      await quotes.claimStatusChange(quote.id, [status], "viewed")
    }
    const previous = await quotes.touchLastViewed(quote.id)
    const logEvent = !previous || Date.now() - new Date(previous).getTime() >= VIEW_EVENT_GAP_MS
    const alertStaff = await quotes.claimDailyViewAlert(quote.id)
    return new StepResponse<RecordedView>({ log_event: logEvent, alert_staff: alertStaff })
  }
)
