import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  StorePortalWorkRequestListResponse,
  StorePortalWorkRequestResponse,
} from "../../../../shared/http"
import { submitWorkRequestWorkflow } from "../../../../workflows/collaboration/workflows/work-requests"
import { fetchWorkRequest, listWorkRequests } from "../../../admin/portal/work-requests/presenters"
import type {
  StoreCreateWorkRequestType,
  StoreListWorkRequestsParamsType,
} from "../../../admin/portal/work-requests/validators"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"

/** The active company's work requests, the latest activity first. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalWorkRequestListResponse>
) => {
  const { limit, offset, status } = req.validatedQuery as StoreListWorkRequestsParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(
    await listWorkRequests(
      req.scope,
      { company_id: req.access.company_id, status },
      { limit, offset },
      "store"
    )
  )
}

/** Submits a request for the active company; staff are alerted. Files follow, one each. */
export const POST = async (
  req: MemberRequest<StoreCreateWorkRequestType>,
  res: MedusaResponse<StorePortalWorkRequestResponse>
) => {
  const request = await runWorkflow(submitWorkRequestWorkflow, req.scope, {
    access: req.access,
    ...req.validatedBody,
  })
  res.status(201).json({
    work_request: await fetchWorkRequest(
      req.scope,
      { id: request.id, company_id: req.access.company_id, access: req.access },
      "store"
    ),
  })
}
