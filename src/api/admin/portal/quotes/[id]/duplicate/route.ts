import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { duplicateQuoteWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { AdminPortalQuoteResponse } from "../../../../../../shared/http"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  const copy = await runWorkflow(duplicateQuoteWorkflow, req.scope, {
    quote_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ quote: await fetchAdminQuote(req.scope, copy.id) })
}
