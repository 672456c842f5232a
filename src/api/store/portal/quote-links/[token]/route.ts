import type { MedusaResponse } from "@medusajs/framework/http"
import { recordQuoteViewWorkflow } from "../../../../../workflows/quote"
import { fetchBranding, fetchBuyerQuote } from "../../../../utils/quote-view"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../authorize-quote-link"

export const GET = async (req: QuoteLinkRequest, res: MedusaResponse) => {
  await runWorkflow(recordQuoteViewWorkflow, req.scope, { quote_id: req.quoteLink.quote_id })
  res.json({
    quote: await fetchBuyerQuote(req.scope, req.quoteLink.quote_id),
    branding: await fetchBranding(req.scope),
  })
}
