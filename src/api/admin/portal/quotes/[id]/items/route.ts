import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addQuoteItemsWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { AdminAddQuoteItemsType } from "../../validators"
import type { AdminPortalQuoteResponse } from "../../../../../../shared/http"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddQuoteItemsType>,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  await runWorkflow(addQuoteItemsWorkflow, req.scope, {
    quote_id: req.params.id,
    items: req.validatedBody.items,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ quote: await fetchAdminQuote(req.scope, req.params.id) })
}
