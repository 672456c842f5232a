import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { declinePurchaseOrderChangeWorkflow } from "../../../../../../workflows/procurement/workflows/decline-purchase-order-change"
import { purchaseOrderView } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type {
  AdminPortalPurchaseOrderResponse,
  AdminDeclinePortalPurchaseOrderChangeBody,
} from "../../../../../../shared/http"

/** Keeps the PO as sent after the supplier asked for a change. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminDeclinePortalPurchaseOrderChangeBody>,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
) => {
  await runWorkflow(declinePurchaseOrderChangeWorkflow, req.scope, {
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
