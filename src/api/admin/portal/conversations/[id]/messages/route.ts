import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalConversationResponse } from "../../../../../../shared/http"
import { replyToConversationWorkflow } from "../../../../../../workflows/collaboration/workflows/conversations"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchConversation } from "../../presenters"
import type { ConversationMessageType } from "../../validators"

/** Staff write in the thread; the contacts who take part are emailed. */
export const POST = async (
  req: AuthenticatedMedusaRequest<ConversationMessageType>,
  res: MedusaResponse<AdminPortalConversationResponse>
) => {
  const reader = { side: "staff" as const, id: req.auth_context.actor_id }
  await runWorkflow(replyToConversationWorkflow, req.scope, {
    conversation_id: req.params.id,
    author_type: "staff",
    user_id: reader.id,
    body: req.validatedBody.body,
  })
  res.status(201).json({
    conversation: await fetchConversation(req.scope, { id: req.params.id }, reader, "admin"),
  })
}
