import type { MedusaResponse } from "@medusajs/framework/http"
import { createInvoicePaymentSessionWorkflow } from "../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { presentPaymentSession } from "../../../quote-links/[token]/invoices/presenters"
import type { MemberRequest } from "../../../authorize-member"
import { fetchMemberInvoice } from "../../presenters"
import type { StoreCreateInvoicePaymentSessionType } from "../../validators"
import type { StorePortalInvoicePaymentSessionResponse } from "../../../../../../shared/http"

/** Starts paying an invoice of the active company, as the quote page's Pay button does. */
export const POST = async (
  req: MemberRequest<StoreCreateInvoicePaymentSessionType>,
  res: MedusaResponse<StorePortalInvoicePaymentSessionResponse>
) => {
  const session = await runWorkflow(createInvoicePaymentSessionWorkflow, req.scope, {
    invoice_id: req.params.id,
    access: req.access,
    provider_id: req.validatedBody.provider_id,
    data: req.validatedBody.data,
  })
  res.setHeader("Cache-Control", "no-store")
  res.status(201).json({
    payment_session: presentPaymentSession(session),
    invoice: await fetchMemberInvoice(req.scope, req.access, req.params.id),
  })
}
