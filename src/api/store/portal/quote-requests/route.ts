import type { MedusaResponse } from "@medusajs/framework/http"
import { requestQuoteWorkflow } from "../../../../workflows/quote"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"
import type { StoreRequestQuoteType } from "./validators"
import type { StorePortalQuoteRequestResponse } from "../../../../shared/http"

/**
 * The caller's portal cart becomes a quote in status `requested`, awaiting the
 * merchant (docs/ARCHITECTURE.md, "Quote requests"). Answers its id and number;
 * the member reads it at `GET /store/portal/quotes/:id`. The cart stays as is.
 */
export const POST = async (
  req: MemberRequest<StoreRequestQuoteType>,
  res: MedusaResponse<StorePortalQuoteRequestResponse>
) => {
  const quote = await runWorkflow(requestQuoteWorkflow, req.scope, {
    cart_id: req.validatedBody.cart_id,
    note: req.validatedBody.note,
    access: req.access,
  })
  res.status(201).json({
    quote: { id: quote.id, display_number: quote.display_number, status: quote.status },
  })
}
