import type { MedusaResponse } from "@medusajs/framework/http"
import { updateQuoteSelectionWorkflow } from "../../../../../../workflows/quote"
import { fetchBuyerQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import type { StoreQuoteSelectionType } from "../../validators"

export const POST = async (req: QuoteLinkRequest<StoreQuoteSelectionType>, res: MedusaResponse) => {
  await runWorkflow(updateQuoteSelectionWorkflow, req.scope, {
    quote_id: req.access.quote_id,
    selected_item_ids: req.validatedBody.selected_item_ids,
    shipping_address_id: req.validatedBody.shipping_address_id,
  })
  const quote = await fetchBuyerQuote(req.scope, req.access.quote_id)
  res.json({ quote, totals: quote.totals })
}
