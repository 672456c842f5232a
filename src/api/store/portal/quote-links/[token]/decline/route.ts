import type { MedusaResponse } from "@medusajs/framework/http"
import { declineQuoteWorkflow } from "../../../../../../workflows/quote"
import { fetchBuyerQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import type { StoreDeclineQuoteType } from "../../validators"

export const POST = async (req: QuoteLinkRequest<StoreDeclineQuoteType>, res: MedusaResponse) => {
  await runWorkflow(declineQuoteWorkflow, req.scope, {
    quote_id: req.access.quote_id,
    reason: req.validatedBody.reason,
  })
  res.json({ quote: await fetchBuyerQuote(req.scope, req.access.quote_id) })
}
