import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteMember } from "../../../../../../../../workflows/portal"
import { withHttpErrors } from "../../../../../../../utils/run-workflow"
import type { AdminPortalInviteMemberResponse } from "../../../../../../../../shared/http"
import { fetchMember, presentInvitation } from "../../../../presenters"

/**
 * Emails the member a single-use link to set their portal password; an
 * earlier invitation stops working (resend). The link is in the email only,
 * never in this answer (docs/ARCHITECTURE.md, "Security rules").
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalInviteMemberResponse>
) => {
  const sent = await withHttpErrors(() =>
    inviteMember(req.scope, {
      company_id: req.params.id,
      member_id: req.params.member_id,
      actor_id: req.auth_context.actor_id,
    })
  )
  res.status(201).json({
    invitation: presentInvitation(sent.invitation),
    email_sent: sent.email_sent,
    member: await fetchMember(req.scope, req.params.id, req.params.member_id),
  })
}
