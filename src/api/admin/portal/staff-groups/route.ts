import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { createStaffGroupWorkflow } from "../../../../workflows/portal"
import { runWorkflow } from "../../../utils/run-workflow"
import type {
  AdminCreatePortalStaffGroupBody,
  AdminPortalStaffGroupListResponse,
  AdminPortalStaffGroupResponse,
} from "../../../../shared/http"
import type { AdminListStaffGroupsParamsType } from "./validators"
import { fetchStaffGroup, presentStaffGroups } from "./presenters"

/** The staff groups, by name. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalStaffGroupListResponse>
) => {
  const { limit, offset } = req.validatedQuery as AdminListStaffGroupsParamsType
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  const [groups, count] = await portal.listAndCountPortalStaffGroups(
    {},
    { take: limit, skip: offset, order: { name: "ASC" } }
  )
  res.json({
    staff_groups: await presentStaffGroups(req.scope, groups),
    count,
    offset,
    limit,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePortalStaffGroupBody>,
  res: MedusaResponse<AdminPortalStaffGroupResponse>
) => {
  const group = await runWorkflow(createStaffGroupWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ staff_group: await fetchStaffGroup(req.scope, group.id) })
}
