import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPurchaseOrderWorkflow } from "../../../../../../workflows/procurement/workflows/send-purchase-order"
import { purchaseOrderView } from "../../presenters"
import type { AdminPortalPurchaseOrderResponse } from "../../../../../../shared/http"
import { runWorkflow } from "../../../../../utils/run-workflow"

/** Sends a draft (or a revised PO) to the supplier: incoming stock rises, the supplier's contacts are emailed. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
) => {
  await runWorkflow(sendPurchaseOrderWorkflow, req.scope, {
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
