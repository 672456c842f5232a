import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteStaffGroupWorkflow, updateStaffGroupWorkflow } from "../../../../../workflows/portal"
import { runWorkflow } from "../../../../utils/run-workflow"
import type {
  AdminPortalStaffGroupDeleteResponse,
  AdminPortalStaffGroupResponse,
  AdminUpdatePortalStaffGroupBody,
} from "../../../../../shared/http"
import { fetchStaffGroup } from "../presenters"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalStaffGroupResponse>
) => {
  res.json({ staff_group: await fetchStaffGroup(req.scope, req.params.id) })
}

/** Renames a staff group or replaces its users. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePortalStaffGroupBody>,
  res: MedusaResponse<AdminPortalStaffGroupResponse>
) => {
  await runWorkflow(updateStaffGroupWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ staff_group: await fetchStaffGroup(req.scope, req.params.id) })
}

/** Refused (409) while an alert still goes to the group. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalStaffGroupDeleteResponse>
) => {
  await runWorkflow(deleteStaffGroupWorkflow, req.scope, {
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ id: req.params.id, object: "portal_staff_group", deleted: true })
}
