import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  removeQuoteItemWorkflow,
  updateQuoteItemWorkflow,
} from "../../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../../presenters"
import { runWorkflow } from "../../../../../../utils/run-workflow"
import type { AdminUpdateQuoteItemType } from "../../../validators"
import type {
  AdminPortalQuoteItemDeleteResponse,
  AdminPortalQuoteResponse,
} from "../../../../../../../shared/http"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateQuoteItemType>,
  res: MedusaResponse<AdminPortalQuoteResponse>
) => {
  await runWorkflow(updateQuoteItemWorkflow, req.scope, {
    quote_id: req.params.id,
    item: { ...req.validatedBody, id: req.params.item_id },
    actor_id: req.auth_context.actor_id,
  })
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id) })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalQuoteItemDeleteResponse>
) => {
  await runWorkflow(removeQuoteItemWorkflow, req.scope, {
    quote_id: req.params.id,
    item_id: req.params.item_id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ id: req.params.item_id, object: "portal_quote_item", deleted: true })
}
