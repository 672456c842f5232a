import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { duplicateQuoteWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const copy = await runWorkflow(duplicateQuoteWorkflow, req.scope, {
    quote_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ quote: await fetchAdminQuote(req.scope, copy.id) })
}
