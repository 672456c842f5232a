import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelQuoteWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runWorkflow(cancelQuoteWorkflow, req.scope, {
    quote_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id) })
}
