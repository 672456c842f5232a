import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MemberAccess } from "../../../shared/permissions"
import { assertPermittedStep } from "../utils/buyer-access"
import { createQuoteWorkflow } from "./create-quote"
import { QUOTE_EVENTS } from "../utils/events"
import { createQuoteMessageStep } from "../steps/create-quote-message"
import { validateQuoteRequestStep } from "../steps/validate-quote-request"

export type RequestQuoteWorkflowInput = {
  cart_id: string
  note?: string | null
  access: MemberAccess
}

/**
 * "Request a quote" from the portal cart (docs/ARCHITECTURE.md, "Quote
 * requests"): a quote in status `requested` with the cart's lines, the company
 * and the customer, the note as its first message; `portal.quote.requested`
 * alerts the `quote_requested` staff target. The cart is left as it is.
 */
export const requestQuoteWorkflow = createWorkflow(
  "portal-request-quote",
  (input: RequestQuoteWorkflowInput) => {
    assertPermittedStep(
      transform({ input }, ({ input }) => ({
        access: input.access,
        permission: "quotes.request" as const,
      }))
    )
    const quoteInput = validateQuoteRequestStep(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, access: input.access }))
    )
    const quote = createQuoteWorkflow.runAsStep({ input: quoteInput })
    when("portal-quote-request-has-note", { input }, ({ input }) => !!input.note?.trim()).then(
      () => {
        createQuoteMessageStep(
          transform({ input, quote }, ({ input, quote }) => ({
            quote_id: quote.id,
            author_type: "customer" as const,
            author_id: input.access.customer_id,
            body: input.note!.trim(),
          }))
        )
      }
    )
    emitEventStep({
      eventName: QUOTE_EVENTS.REQUESTED,
      data: transform({ quote }, ({ quote }) => ({ id: quote.id })),
    })
    return new WorkflowResponse(quote)
  }
)
