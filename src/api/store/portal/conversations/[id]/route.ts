import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalConversationResponse } from "../../../../../shared/http"
import {
  fetchConversation,
  readConversation,
} from "../../../../admin/portal/conversations/presenters"
import type { MemberRequest } from "../../authorize-member"

/** One of the active company's threads (404 for another's); opening it reads it for the contact. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalConversationResponse>
) => {
  const reader = { side: "customer" as const, id: req.access.customer_id }
  const conversation = await fetchConversation(
    req.scope,
    { id: req.params.id, company_id: req.access.company_id },
    reader,
    "store"
  )
  await readConversation(req.scope, conversation, reader)
  res.setHeader("Cache-Control", "no-store")
  res.json({ conversation: { ...conversation, unread_count: 0 } })
}
