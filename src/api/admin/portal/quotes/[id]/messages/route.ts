import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { addQuoteMessageWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { AdminQuoteMessageType } from "../../validators"
import type {
  AdminPortalQuoteMessage,
  AdminPortalQuoteMessageListResponse,
  AdminPortalQuoteMessageResponse,
} from "../../../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalQuoteMessageListResponse>
) => {
  const quote = await fetchAdminQuote(req.scope, req.params.id, ["id", "messages.*"])
  res.json({ messages: quote.messages })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminQuoteMessageType>,
  res: MedusaResponse<AdminPortalQuoteMessageResponse>
) => {
  const users = req.scope.resolve(Modules.USER)
  const user = await users.retrieveUser(req.auth_context.actor_id).catch(() => null)
  const name = [user?.first_name, user?.last_name].filter(Boolean).join(" ")
  const message = await runWorkflow(addQuoteMessageWorkflow, req.scope, {
    quote_id: req.params.id,
    author_type: "staff",
    author_id: req.auth_context.actor_id,
    author_name: name || null,
    body: req.validatedBody.body,
  })
  // The message as stored; its dates are strings in JSON.
  res.status(201).json({ message: message as unknown as AdminPortalQuoteMessage })
}
