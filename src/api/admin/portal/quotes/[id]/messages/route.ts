import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { addQuoteMessageWorkflow } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { AdminQuoteMessageType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const quote = await fetchAdminQuote(req.scope, req.params.id, ["id", "messages.*"])
  res.json({ messages: quote.messages })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminQuoteMessageType>,
  res: MedusaResponse
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
  res.status(201).json({ message })
}
