import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_EVENTS } from "./events"
import { loadQuote } from "./load-quote"
import { createQuoteMessageStep } from "./steps/create-quote-message"
import { recordQuoteEventStep } from "./steps/record-quote-event"

export type AddQuoteMessageWorkflowInput = {
  quote_id: string
  author_type: "customer" | "staff"
  author_id?: string | null
  author_name?: string | null
  body: string
}

/** A question from the buyer or a reply from staff on the quote's thread. */
export const addQuoteMessageWorkflow = createWorkflow(
  "portal-add-quote-message",
  (input: AddQuoteMessageWorkflowInput) => {
    loadQuote(input.quote_id)
    const message = createQuoteMessageStep(input)
    recordQuoteEventStep(
      transform({ input, message }, ({ input, message }) => [
        {
          quote_id: input.quote_id,
          type: "message" as const,
          actor_type: input.author_type,
          actor_id: input.author_id,
          data: { message_id: message.id },
        },
      ])
    )
    emitEventStep({
      eventName: QUOTE_EVENTS.MESSAGE_CREATED,
      data: transform({ input, message }, ({ input, message }) => ({
        id: message.id,
        quote_id: input.quote_id,
        author_type: input.author_type,
      })),
    })
    return new WorkflowResponse(message)
  }
)
