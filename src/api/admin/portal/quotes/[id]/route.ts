import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateQuoteWorkflow } from "../../../../../workflows/quote"
import { fetchAdminQuote } from "../presenters"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminUpdateQuoteType } from "../validators"
import type { AdminPortalQuoteResponse } from "../../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  // Only a caller that asked for particular `fields` gets fewer than the full view.
  const fields = req.query.fields ? req.queryConfig.fields : undefined
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id, fields) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateQuoteType>,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  await runWorkflow(updateQuoteWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id) })
}
