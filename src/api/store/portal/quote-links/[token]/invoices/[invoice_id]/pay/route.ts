import type { MedusaResponse } from "@medusajs/framework/http"
import { payInvoiceWorkflow } from "../../../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../../../authorize-quote-link"
import { fetchBuyerInvoice } from "../../presenters"
import type { StorePayInvoiceType } from "../../validators"
import type { StorePortalQuoteInvoicePayResponse } from "../../../../../../../../shared/http"

/**
 * Answers once the payment is captured; the invoice turns paid moments later,
 * when the `payment.captured` subscriber has run, so a client polls the invoice.
 */
export const POST = async (
  req: QuoteLinkRequest<StorePayInvoiceType>,
  res: MedusaResponse<StorePortalQuoteInvoicePayResponse>
) => {
  const { quote_id } = req.access
  const payment = await runWorkflow(payInvoiceWorkflow, req.scope, {
    invoice_id: req.params.invoice_id,
    access: req.access,
    payment_session_id: req.validatedBody.payment_session_id,
  })
  res.json({
    payment: { id: payment.payment_id, captured: payment.captured },
    invoice: await fetchBuyerInvoice(req.scope, quote_id, req.params.invoice_id),
  })
}
