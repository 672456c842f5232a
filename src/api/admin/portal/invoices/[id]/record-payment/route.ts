import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordInvoicePaymentWorkflow } from "../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchAdminInvoice } from "../../presenters"
import type { AdminPortalInvoiceRecordPaymentResponse } from "../../../../../../shared/http"

/**
 * Records money received outside the portal. Answers once the payment is
 * captured; the invoice turns paid moments later, through the payment subscriber.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalInvoiceRecordPaymentResponse>
) => {
  const { payment_id } = await runWorkflow(recordInvoicePaymentWorkflow, req.scope, {
    invoice_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({
    payment: { id: payment_id },
    invoice: await fetchAdminInvoice(req.scope, req.params.id),
  })
}
