import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectSupplierBillWorkflow } from "../../../../../../workflows/procurement/workflows/supplier-bill-status"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchSupplierBill } from "../../presenters"
import type {
  AdminPortalSupplierBillResponse,
  AdminRejectPortalSupplierBillBody,
} from "../../../../../../shared/http"

/** Rejects a submitted bill with the reason the supplier sees. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRejectPortalSupplierBillBody>,
  res: MedusaResponse<AdminPortalSupplierBillResponse>
) => {
  await runWorkflow(rejectSupplierBillWorkflow, req.scope, {
    id: req.params.id,
    reason: req.validatedBody.reason,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ supplier_bill: await fetchSupplierBill(req.scope, { id: req.params.id }, "staff") })
}
