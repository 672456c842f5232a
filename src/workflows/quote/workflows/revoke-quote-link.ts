import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { lockQuote } from "../utils/lock-quote"
import { revokeQuoteLinksStep } from "../steps/quote-links"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"

/** Staff stop a quote's link from working; sending the quote again issues a new one. */
export const revokeQuoteLinkWorkflow = createWorkflow(
  "portal-revoke-quote-link",
  (input: { quote_id: string; actor_id?: string }) => {
    const { lockKey } = lockQuote(input.quote_id)
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
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(revoked)
  }
)
