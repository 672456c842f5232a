import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendQuote } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../../../../utils/quote-view"
import { withHttpErrors } from "../../../../../utils/run-workflow"

/** The only response that ever carries the link's raw token (besides the buyer's email). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { link } = await withHttpErrors(() =>
    sendQuote(req.scope, { quote_id: req.params.id, actor_id: req.auth_context.actor_id })
  )
  res.setHeader("Cache-Control", "no-store")
  res.json({ quote: await fetchAdminQuote(req.scope, req.params.id), link })
}
