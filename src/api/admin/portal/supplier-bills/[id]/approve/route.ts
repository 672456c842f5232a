import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveSupplierBillWorkflow } from "../../../../../../workflows/procurement/workflows/supplier-bill-status"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchSupplierBill } from "../../../../../utils/supplier-bill-view"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await runWorkflow(approveSupplierBillWorkflow, req.scope, {
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ supplier_bill: await fetchSupplierBill(req.scope, { id: req.params.id }, "staff") })
}
