import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { Access } from "../../../shared/permissions"
import { acceptQuoteCore } from "../utils/accept-core"
import { lockQuoteForBuyer } from "../utils/lock-quote"
import { assertAcceptableWithoutSignatureStep } from "../steps/validate-quote"

export type AcceptQuoteWorkflowInput = {
  quote_id: string
  selected_item_ids: string[]
  /** Another of the customer's addresses, when the buyer ships elsewhere. */
  shipping_address_id?: string
  /** The link holder or the company's contact who accepts. */
  access: Access
}

/**
 * The buyer accepts: their selection is stored, the quote is frozen, and one
 * Medusa order is created with the selected lines. Concurrent accepts queue on
 * a lock and the status change is a conditional UPDATE, so only one order can
 * ever come out of a quote.
 */
export const acceptQuoteWorkflow = createWorkflow(
  "portal-accept-quote",
  (input: AcceptQuoteWorkflowInput) => {
    const { lockKey, quote } = lockQuoteForBuyer(input, "when-changed")
    assertAcceptableWithoutSignatureStep({ quote })
    const acceptance = transform({ input }, () => ({ accepted_at: new Date(), event: {} }))
    const { order } = acceptQuoteCore(quote, input, acceptance)
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ input, order }, ({ input, order }) => ({
        quote_id: input.quote_id,
        order_id: order.id,
        order_display_id: order.display_id as number,
      }))
    )
  }
)
