import type { MedusaResponse } from "@medusajs/framework/http"
import { createInvoicePaymentSessionWorkflow } from "../../../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../../../authorize-quote-link"
import { fetchBuyerInvoice, presentPaymentSession } from "../../presenters"
import type { StoreCreateInvoicePaymentSessionType } from "../../validators"
import type { StorePortalQuoteInvoicePaymentSessionResponse } from "../../../../../../../../shared/http"

export const POST = async (
  req: QuoteLinkRequest<StoreCreateInvoicePaymentSessionType>,
  res: MedusaResponse<StorePortalQuoteInvoicePaymentSessionResponse>
) => {
  const { quote_id } = req.access
  const session = await runWorkflow(createInvoicePaymentSessionWorkflow, req.scope, {
    invoice_id: req.params.invoice_id,
    access: req.access,
    provider_id: req.validatedBody.provider_id,
    data: req.validatedBody.data,
  })
  res.status(201).json({
    payment_session: presentPaymentSession(session),
    invoice: await fetchBuyerInvoice(req.scope, quote_id, req.params.invoice_id),
  })
}
