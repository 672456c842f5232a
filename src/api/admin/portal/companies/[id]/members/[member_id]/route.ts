import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeMemberWorkflow, updateMemberWorkflow } from "../../../../../../../workflows/portal"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import type {
  AdminPortalCompanyMemberDeleteResponse,
  AdminPortalCompanyMemberResponse,
  AdminUpdatePortalCompanyMemberBody,
} from "../../../../../../../shared/http"
import { fetchMember } from "../../../presenters"

/** Enables or disables the member and/or replaces their teams. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePortalCompanyMemberBody>,
  res: MedusaResponse<AdminPortalCompanyMemberResponse>
) => {
  await runWorkflow(updateMemberWorkflow, req.scope, {
    ...req.validatedBody,
    company_id: req.params.id,
    member_id: req.params.member_id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ member: await fetchMember(req.scope, req.params.id, req.params.member_id) })
}

/** Takes the contact out of the company; their customer record stays. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalCompanyMemberDeleteResponse>
) => {
  await runWorkflow(removeMemberWorkflow, req.scope, {
    company_id: req.params.id,
    member_id: req.params.member_id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ id: req.params.member_id, object: "portal_member", deleted: true })
}
