import type { Access } from "../../shared/permissions"
import { buyerActor } from "./buyer-access"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { QUOTE_EVENTS } from "./events"
import { loadQuote } from "./load-quote"
import { recordQuoteEventStep } from "./steps/record-quote-event"
import { markQuoteReadStep } from "./steps/mark-quote-read"
import { recordQuoteViewStep } from "./steps/record-quote-view"

/**
 * The buyer opened the quote: `sent` becomes `viewed`; assigned staff hear of
 * it at most daily; a contact's thread is read up to now.
 */
export const recordQuoteViewWorkflow = createWorkflow(
  "portal-record-quote-view",
  (input: { quote_id: string; access: Access }) => {
    const quote = loadQuote(input.quote_id, undefined, input.access)
    const view = recordQuoteViewStep({ quote })
    markQuoteReadStep({ quote_id: input.quote_id, access: input.access })

    when("portal-log-quote-view", { view }, ({ view }) => view.log_event).then(() => {
      recordQuoteEventStep(
        transform({ input }, ({ input }) => [
          { quote_id: input.quote_id, type: "viewed" as const, ...buyerActor(input.access) },
        ])
      )
    })
    when("portal-alert-quote-view", { view }, ({ view }) => view.alert_staff).then(() => {
      emitEventStep({ eventName: QUOTE_EVENTS.VIEWED, data: { id: input.quote_id } })
    })

    return new WorkflowResponse(view)
  }
)
