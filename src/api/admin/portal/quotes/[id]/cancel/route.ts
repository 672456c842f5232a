import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelQuoteWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { AdminPortalQuoteResponse } from "../../../../../../shared/http"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  await runWorkflow(cancelQuoteWorkflow, req.scope, {
    quote_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id) })
}
