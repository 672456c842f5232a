import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalConversationListResponse } from "../../../../shared/http"
import { listConversations } from "./presenters"
import type { AdminListConversationsParamsType } from "./validators"

/** Every company's threads, the latest message first, with this staff member's unread counts. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalConversationListResponse>
) => {
  const { limit, offset, unread, company_id } =
    req.validatedQuery as AdminListConversationsParamsType
  res.json(
    await listConversations(
      req.scope,
      { company_id, unread: unread === "true" },
      { limit, offset },
      { side: "staff", id: req.auth_context.actor_id },
      "admin"
    )
  )
}
