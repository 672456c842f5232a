import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receivePurchaseOrderWorkflow } from "../../../../../../workflows/procurement/workflows/receive-purchase-order"
import { purchaseOrderView } from "../../presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type {
  AdminPortalPurchaseOrderResponse,
  AdminReceivePortalPurchaseOrderBody,
} from "../../../../../../shared/http"

/** Receives goods on some or all lines: stocked up, incoming down; never more than is outstanding (409). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReceivePortalPurchaseOrderBody>,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
) => {
  await runWorkflow(receivePurchaseOrderWorkflow, req.scope, {
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
