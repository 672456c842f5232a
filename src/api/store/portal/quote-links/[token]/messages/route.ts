import type { MedusaResponse } from "@medusajs/framework/http"
import { addQuoteMessageWorkflow } from "../../../../../../workflows/quote"
import { fetchBuyerQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import type { StoreQuoteMessageType } from "../../validators"

export const GET = async (req: QuoteLinkRequest, res: MedusaResponse) => {
  const quote = await fetchBuyerQuote(req.scope, req.access.quote_id)
  res.json({ messages: quote.messages })
}

export const POST = async (req: QuoteLinkRequest<StoreQuoteMessageType>, res: MedusaResponse) => {
  const message = await runWorkflow(addQuoteMessageWorkflow, req.scope, {
    quote_id: req.access.quote_id,
    author_type: "customer",
    author_name: req.validatedBody.author_name ?? null,
    body: req.validatedBody.body,
  })
  res.status(201).json({
    message: {
      id: message.id,
      author_type: message.author_type,
      author_name: message.author_name,
      body: message.body,
      created_at: message.created_at,
    },
  })
}
