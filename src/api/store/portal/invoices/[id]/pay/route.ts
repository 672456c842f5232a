import type { MedusaResponse } from "@medusajs/framework/http"
import { payInvoiceWorkflow } from "../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"
import { fetchMemberInvoice } from "../../presenters"
import type { StorePayInvoiceType } from "../../validators"
import type { StorePortalInvoicePayResponse } from "../../../../../../shared/http"

/**
 * Pays an invoice of the active company with a session made by
 * `…/payment-sessions`; the invoice turns paid once the capture's subscriber
 * has run, so a client polls the invoice.
 */
export const POST = async (
  req: MemberRequest<StorePayInvoiceType>,
  res: MedusaResponse<StorePortalInvoicePayResponse>
) => {
  const payment = await runWorkflow(payInvoiceWorkflow, req.scope, {
    invoice_id: req.params.id,
    access: req.access,
    payment_session_id: req.validatedBody.payment_session_id,
  })
  res.setHeader("Cache-Control", "no-store")
  res.json({
    payment: { id: payment.payment_id, captured: payment.captured },
    invoice: await fetchMemberInvoice(req.scope, req.access, req.params.id),
  })
}
