import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalWorkRequestListResponse } from "../../../../shared/http"
import { listWorkRequests } from "./presenters"
import type { AdminListWorkRequestsParamsType } from "./validators"

/** Every company's work requests, the latest activity first: staff's triage queue. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalWorkRequestListResponse>
) => {
  const { limit, offset, ...filters } = req.validatedQuery as AdminListWorkRequestsParamsType
  res.json(await listWorkRequests(req.scope, filters, { limit, offset }, "admin"))
}
