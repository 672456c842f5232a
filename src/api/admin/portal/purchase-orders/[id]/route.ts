import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updatePurchaseOrderWorkflow } from "../../../../../workflows/procurement/workflows/update-purchase-order"
import { purchaseOrderView } from "../presenters"
import { runWorkflow } from "../../../../utils/run-workflow"
import type {
  AdminPortalPurchaseOrderResponse,
  AdminUpdatePortalPurchaseOrderBody,
} from "../../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
) => {
  res.json({
    purchase_order: await purchaseOrderView(
      req.scope,
      { id: req.params.id },
      { audience: "staff" }
    ),
  })
}

/** Notes and lines of a draft, or of a PO whose supplier asked for a change (else 409). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePortalPurchaseOrderBody>,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
) => {
  await runWorkflow(updatePurchaseOrderWorkflow, req.scope, {
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
