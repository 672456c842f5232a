import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPurchaseOrderWorkflow } from "../../../../../../workflows/procurement/workflows/cancel-purchase-order"
import { purchaseOrderView } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type {
  AdminPortalPurchaseOrderResponse,
  AdminCancelPortalPurchaseOrderBody,
} from "../../../../../../shared/http"

/** Cancels a PO not yet fully received: what was still incoming is released. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCancelPortalPurchaseOrderBody>,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
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
