import type { MedusaResponse } from "@medusajs/framework/http"
import { recordQuoteViewWorkflow } from "../../../../../workflows/quote"
import { fetchBuyerAgreement } from "../../../../utils/agreement-view"
import { fetchBranding, fetchBuyerQuote } from "../../../../utils/quote-view"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../authorize-quote-link"

export const GET = async (req: QuoteLinkRequest, res: MedusaResponse) => {
  await runWorkflow(recordQuoteViewWorkflow, req.scope, { quote_id: req.access.quote_id })
  const [quote, agreement, branding] = await Promise.all([
    fetchBuyerQuote(req.scope, req.access.quote_id),
    fetchBuyerAgreement(req.scope, req.access.quote_id),
    fetchBranding(req.scope),
  ])
  res.json({
    quote,
    agreement: agreement.agreement,
    signed_agreement: agreement.signed,
    branding,
  })
}
