import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalConversationResponse } from "../../../../../../shared/http"
import { staffStartConversationWorkflow } from "../../../../../../workflows/collaboration/workflows/conversations"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchConversation } from "../../../conversations/presenters"
import type { AdminCreateConversationType } from "../../../conversations/validators"

/**
 * Staff start a thread with the company: its first message, and the contacts who take part
 * (none named: every contact who may see conversations), who are emailed.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateConversationType>,
  res: MedusaResponse<AdminPortalConversationResponse>
) => {
  const reader = { side: "staff" as const, id: req.auth_context.actor_id }
  const { id } = await runWorkflow(staffStartConversationWorkflow, req.scope, {
    company_id: req.params.id,
    user_id: reader.id,
    ...req.validatedBody,
  })
  res.status(201).json({
    conversation: await fetchConversation(req.scope, { id }, reader, "admin"),
  })
}
