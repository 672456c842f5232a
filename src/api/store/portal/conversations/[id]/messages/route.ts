import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalConversationResponse } from "../../../../../../shared/http"
import { replyToConversationWorkflow } from "../../../../../../workflows/collaboration/workflows/conversations"
import { fetchConversation } from "../../../../../admin/portal/conversations/presenters"
import type { ConversationMessageType } from "../../../../../admin/portal/conversations/validators"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"

/** A contact writes in one of the active company's threads; staff are alerted. */
export const POST = async (
  req: MemberRequest<ConversationMessageType>,
  res: MedusaResponse<StorePortalConversationResponse>
) => {
  const reader = { side: "customer" as const, id: req.access.customer_id }
  await runWorkflow(replyToConversationWorkflow, req.scope, {
    conversation_id: req.params.id,
    author_type: "customer",
    access: req.access,
    body: req.validatedBody.body,
  })
  res.status(201).json({
    conversation: await fetchConversation(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id },
      reader,
      "store"
    ),
  })
}
