import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  StorePortalConversationListResponse,
  StorePortalConversationResponse,
} from "../../../../shared/http"
import { startConversationWorkflow } from "../../../../workflows/collaboration/workflows/conversations"
import {
  fetchConversation,
  listConversations,
} from "../../../admin/portal/conversations/presenters"
import type {
  StoreCreateConversationType,
  StoreListConversationsParamsType,
} from "../../../admin/portal/conversations/validators"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"

const readerOf = (req: MemberRequest) => ({ side: "customer" as const, id: req.access.customer_id })

/** The active company's threads, the latest message first, with this contact's unread counts. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalConversationListResponse>
) => {
  const { limit, offset, unread } = req.validatedQuery as StoreListConversationsParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(
    await listConversations(
      req.scope,
      { company_id: req.access.company_id, unread: unread === "true" },
      { limit, offset },
      readerOf(req),
      "store"
    )
  )
}

/** Starts a thread for the active company, where the merchant lets clients; staff are alerted. */
export const POST = async (
  req: MemberRequest<StoreCreateConversationType>,
  res: MedusaResponse<StorePortalConversationResponse>
) => {
  const { id } = await runWorkflow(startConversationWorkflow, req.scope, {
    access: req.access,
    ...req.validatedBody,
  })
  res.status(201).json({
    conversation: await fetchConversation(
      req.scope,
      { id, company_id: req.access.company_id },
      readerOf(req),
      "store"
    ),
  })
}
