import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalWorkRequestResponse } from "../../../../../../shared/http"
import { replyToWorkRequestWorkflow } from "../../../../../../workflows/collaboration/workflows/work-requests"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchWorkRequest } from "../../presenters"
import type { AdminWorkRequestMessageType } from "../../validators"

/** Staff answer in the thread, and may set the status with it; the contacts are emailed. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminWorkRequestMessageType>,
  res: MedusaResponse<AdminPortalWorkRequestResponse>
) => {
  await runWorkflow(replyToWorkRequestWorkflow, req.scope, {
    request_id: req.params.id,
    author_type: "staff",
    author_id: req.auth_context.actor_id,
    body: req.validatedBody.body,
    status: req.validatedBody.status,
  })
  res
    .status(201)
    .json({ work_request: await fetchWorkRequest(req.scope, { id: req.params.id }, "admin") })
}
