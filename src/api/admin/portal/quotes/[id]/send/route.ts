import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendQuote } from "../../../../../../workflows/quote"
import { fetchAdminQuote } from "../../presenters"
import { withHttpErrors } from "../../../../../utils/run-workflow"
import type {
  AdminPortalIssuedQuoteLink,
  AdminPortalQuoteSendResponse,
} from "../../../../../../shared/http"

/** The only response that ever carries the link's raw token (besides the buyer's email). */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalQuoteSendResponse>
) => {
  const { link } = await withHttpErrors(() =>
    sendQuote(req.scope, { quote_id: req.params.id, actor_id: req.auth_context.actor_id })
  )
  res.setHeader("Cache-Control", "no-store")
  res.json({
    quote: await fetchAdminQuote(req.scope, req.params.id),
    // Its expiry is a string in JSON.
    link: link as unknown as AdminPortalIssuedQuoteLink,
  })
}
