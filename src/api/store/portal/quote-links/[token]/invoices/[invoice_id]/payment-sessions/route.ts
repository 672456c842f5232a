import type { MedusaResponse } from "@medusajs/framework/http"
import { createInvoicePaymentSessionWorkflow } from "../../../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../../../utils/run-workflow"
import type { QuoteLinkRequest } from "../../../../authorize-quote-link"
import { fetchBuyerInvoice } from "../../buyer-invoice-view"
import type { StoreCreateInvoicePaymentSessionType } from "../../validators"

export const POST = async (
  req: QuoteLinkRequest<StoreCreateInvoicePaymentSessionType>,
  res: MedusaResponse
) => {
  const { quote_id } = req.access
  const session = await runWorkflow(createInvoicePaymentSessionWorkflow, req.scope, {
    invoice_id: req.params.invoice_id,
    quote_id,
    provider_id: req.validatedBody.provider_id,
    data: req.validatedBody.data,
  })
  res.status(201).json({
    // `data` is what the provider's client needs, e.g. Stripe's client_secret.
    payment_session: {
      id: session.id,
      provider_id: session.provider_id,
      status: session.status,
      amount: session.amount,
      currency_code: session.currency_code,
      data: session.data,
    },
    invoice: await fetchBuyerInvoice(req.scope, quote_id, req.params.invoice_id),
  })
}
