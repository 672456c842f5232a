import type { MedusaResponse } from "@medusajs/framework/http"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quote"
import { fetchBuyerQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import type { StoreAcceptQuoteType } from "../../validators"

export const POST = async (req: QuoteLinkRequest<StoreAcceptQuoteType>, res: MedusaResponse) => {
  // A quote with an agreement is accepted by signing it: say so, change nothing.
  const current = await fetchBuyerQuote(req.scope, req.access.quote_id)
  if (current.can_respond && current.requires_signature) {
    return res.json({ next: "sign", quote: current })
  }
  await runWorkflow(acceptQuoteWorkflow, req.scope, {
    quote_id: req.access.quote_id,
    selected_item_ids: req.validatedBody.selected_item_ids,
    shipping_address_id: req.validatedBody.shipping_address_id,
  })
  const quote = await fetchBuyerQuote(req.scope, req.access.quote_id)
  res.json({ quote, order: quote.order })
}
