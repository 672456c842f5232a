import type { MedusaResponse } from "@medusajs/framework/http"
import { signQuoteAgreementWorkflow } from "../../../../../../workflows/agreement"
import { fetchBuyerAgreement, resolveConsentText } from "../../../../../utils/agreement-view"
import { clientAddress } from "../../../../../utils/client-address"
import { fetchBuyerQuote } from "../../../../../utils/quote-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import type { StoreSignQuoteType } from "../../validators"

export const POST = async (req: QuoteLinkRequest<StoreSignQuoteType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const result = await runWorkflow(signQuoteAgreementWorkflow, req.scope, {
    quote_id: req.access.quote_id,
    selected_item_ids: body.selected_item_ids,
    shipping_address_id: body.shipping_address_id,
    signer_name: body.signer_name,
    signer_email: body.signer_email,
    signature: body.signature,
    // The sentence the page showed next to the box the buyer ticked.
    consent_text: await resolveConsentText(req.scope),
    ip: clientAddress(req),
    user_agent: req.get("user-agent") ?? null,
    identified_by: "link",
  })
  const [quote, agreement] = await Promise.all([
    fetchBuyerQuote(req.scope, req.access.quote_id),
    fetchBuyerAgreement(req.scope, req.access.quote_id),
  ])
  res.json({
    quote,
    order: quote.order,
    signed_agreement: agreement.signed,
    invoice_id: result.invoice_id,
  })
}
