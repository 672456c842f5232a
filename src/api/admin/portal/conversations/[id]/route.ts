import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalConversationResponse } from "../../../../../shared/http"
import { fetchConversation, readConversation } from "../presenters"

/** One thread; opening it reads it for this staff member. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalConversationResponse>
) => {
  const reader = { side: "staff" as const, id: req.auth_context.actor_id }
  const conversation = await fetchConversation(req.scope, { id: req.params.id }, reader, "admin")
  await readConversation(req.scope, conversation, reader)
  res.json({ conversation: { ...conversation, unread_count: 0 } })
}
