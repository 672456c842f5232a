import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalWorkRequestResponse } from "../../../../../shared/http"
import { updateWorkRequestWorkflow } from "../../../../../workflows/collaboration/workflows/work-requests"
import { runWorkflow } from "../../../../utils/run-workflow"
import { fetchWorkRequest } from "../presenters"
import type { AdminUpdateWorkRequestType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalWorkRequestResponse>
) => {
  res.json({ work_request: await fetchWorkRequest(req.scope, { id: req.params.id }, "admin") })
}

/** Triage: the request's status and the admin user working on it. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateWorkRequestType>,
  res: MedusaResponse<AdminPortalWorkRequestResponse>
) => {
  await runWorkflow(updateWorkRequestWorkflow, req.scope, {
    id: req.params.id,
    ...req.validatedBody,
  })
  res.json({ work_request: await fetchWorkRequest(req.scope, { id: req.params.id }, "admin") })
}
