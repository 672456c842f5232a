import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeInvitationWorkflow } from "../../../../../../../../../workflows/portal"
import { runWorkflow } from "../../../../../../../../utils/run-workflow"
import type { AdminPortalRevokeInvitationResponse } from "../../../../../../../../../shared/http"
import { fetchMember } from "../../../../../presenters"

/** Revokes the member's live invitation: its link answers the neutral 404 from now on. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalRevokeInvitationResponse>
) => {
  const revoked = await runWorkflow(revokeInvitationWorkflow, req.scope, {
    company_id: req.params.id,
    member_id: req.params.member_id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({
    revoked_invitation_ids: revoked,
    member: await fetchMember(req.scope, req.params.id, req.params.member_id),
  })
}
