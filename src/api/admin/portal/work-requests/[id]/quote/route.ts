import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formatQuoteNumber } from "../../../../../../modules/quote/status"
import type { AdminConvertPortalWorkRequestResponse } from "../../../../../../shared/http"
import { convertWorkRequestToQuoteWorkflow } from "../../../../../../workflows/collaboration/workflows/work-requests"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchWorkRequest } from "../../presenters"
import type { AdminConvertWorkRequestType } from "../../validators"

/**
 * Turns the request into a draft quote for its contact, linked from the request
 * (docs/ARCHITECTURE.md, "Work requests"); 409 when it already has one.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminConvertWorkRequestType>,
  res: MedusaResponse<AdminConvertPortalWorkRequestResponse>
) => {
  const quote = await runWorkflow(convertWorkRequestToQuoteWorkflow, req.scope, {
    id: req.params.id,
    region_id: req.validatedBody.region_id,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({
    work_request: await fetchWorkRequest(req.scope, { id: req.params.id }, "admin"),
    quote: { id: quote.id, number: formatQuoteNumber(quote.display_number) },
  })
}
