import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { voidInvoiceWorkflow } from "../../../../../../workflows/billing"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchAdminInvoice } from "../../presenters"
import type { AdminPortalInvoiceResponse } from "../../../../../../shared/http"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalInvoiceResponse>
) => {
  await runWorkflow(voidInvoiceWorkflow, req.scope, {
    invoice_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ invoice: await fetchAdminInvoice(req.scope, req.params.id) })
}
