import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPurchaseOrderWorkflow } from "../../../../../../workflows/procurement/workflows/cancel-purchase-order"
import { purchaseOrderView } from "../../../../../utils/purchase-order-view"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { AdminCancelPurchaseOrderType } from "../../validators"

/** Cancels a PO not yet fully received: what was still incoming is released. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCancelPurchaseOrderType>,
  res: MedusaResponse
) => {
  await runWorkflow(cancelPurchaseOrderWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({
    purchase_order: await purchaseOrderView(
      req.scope,
      { id: req.params.id },
      { audience: "staff" }
    ),
  })
}
