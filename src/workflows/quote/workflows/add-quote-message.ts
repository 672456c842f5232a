import type { Access } from "../../../shared/permissions"
import { assertPermittedStep } from "../utils/buyer-access"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { QUOTE_EVENTS } from "../utils/events"
import { loadQuote } from "../utils/load-quote"
import { createQuoteMessageStep } from "../steps/create-quote-message"
import { markQuoteReadStep } from "../steps/mark-quote-read"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"

export type AddQuoteMessageWorkflowInput = {
  quote_id: string
  author_type: "customer" | "staff"
  author_id?: string | null
  author_name?: string | null
  body: string
  /** The buyer's access (link or member); staff replies have none. */
  access?: Access
}

/** A question from the buyer or a reply from staff on the quote's thread. */
export const addQuoteMessageWorkflow = createWorkflow(
  "portal-add-quote-message",
  (input: AddQuoteMessageWorkflowInput) => {
    when("portal-buyer-may-write", { input }, ({ input }) => !!input.access).then(() => {
      assertPermittedStep(
        transform({ input }, ({ input }) => ({
          access: input.access!,
          permission: "messages.write" as const,
        }))
      )
    })
    loadQuote(input.quote_id, undefined, input.access)
    const message = createQuoteMessageStep(
      transform({ input }, ({ input }) => ({
        quote_id: input.quote_id,
        author_type: input.author_type,
        author_id: input.author_id,
        author_name: input.author_name,
        body: input.body,
      }))
    )
    // The contact who writes has read the thread (a no-op for a link or staff).
    markQuoteReadStep({ quote_id: input.quote_id, access: input.access })
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
