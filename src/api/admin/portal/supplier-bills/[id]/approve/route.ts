import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalSupplierBillResponse } from "../../../../../../shared/http"
import { approveSupplierBillWorkflow } from "../../../../../../workflows/procurement/workflows/supplier-bill-status"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchSupplierBill } from "../../presenters"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalSupplierBillResponse>
) => {
  await runWorkflow(approveSupplierBillWorkflow, req.scope, {
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ supplier_bill: await fetchSupplierBill(req.scope, { id: req.params.id }, "staff") })
}
