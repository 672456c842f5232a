import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateQuoteWorkflow } from "../../../../../workflows/quote"
import { fetchAdminQuote } from "../../../../utils/quote-view"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminUpdateQuoteType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id, req.queryConfig.fields) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateQuoteType>,
  res: MedusaResponse
) => {
  await runWorkflow(updateQuoteWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id) })
}
