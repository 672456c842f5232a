import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadQuote } from "./load-quote"
import { revokeQuoteLinksStep } from "./steps/quote-links"
import { recordQuoteEventStep } from "./steps/record-quote-event"

/** Staff stop a quote's link from working; sending the quote again issues a new one. */
export const revokeQuoteLinkWorkflow = createWorkflow(
  "portal-revoke-quote-link",
  (input: { quote_id: string; actor_id?: string }) => {
    loadQuote(input.quote_id)
    const revoked = revokeQuoteLinksStep({ quote_id: input.quote_id })
    recordQuoteEventStep(
      transform({ input, revoked }, ({ input, revoked }) => [
        {
          quote_id: input.quote_id,
          type: "link_revoked" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          data: { links: revoked.length },
        },
      ])
    )
    return new WorkflowResponse(revoked)
  }
)
