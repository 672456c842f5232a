import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalWorkRequestResponse } from "../../../../../../shared/http"
import { replyToWorkRequestWorkflow } from "../../../../../../workflows/collaboration/workflows/work-requests"
import { fetchWorkRequest } from "../../../../../admin/portal/work-requests/presenters"
import type { WorkRequestMessageType } from "../../../../../admin/portal/work-requests/validators"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"

/** A contact answers in the thread (409 once the request is closed); staff are alerted. */
export const POST = async (
  req: MemberRequest<WorkRequestMessageType>,
  res: MedusaResponse<StorePortalWorkRequestResponse>
) => {
  await runWorkflow(replyToWorkRequestWorkflow, req.scope, {
    request_id: req.params.id,
    author_type: "customer",
    access: req.access,
    body: req.validatedBody.body,
  })
  res.status(201).json({
    work_request: await fetchWorkRequest(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id, access: req.access },
      "store"
    ),
  })
}
