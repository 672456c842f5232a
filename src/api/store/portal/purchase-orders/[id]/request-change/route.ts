import type { MedusaResponse } from "@medusajs/framework/http"
import { requestPurchaseOrderChangeWorkflow } from "../../../../../../workflows/procurement/workflows/request-purchase-order-change"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"
import { supplierPurchaseOrder } from "../../presenters"
import type {
  StoreRequestPortalPurchaseOrderChangeBody,
  StorePortalPurchaseOrderResponse,
} from "../../../../../../shared/http"

/** Asks the merchant to change a sent purchase order. */
export const POST = async (
  req: MemberRequest<StoreRequestPortalPurchaseOrderChangeBody>,
  res: MedusaResponse<StorePortalPurchaseOrderResponse>
) => {
  await runWorkflow(requestPurchaseOrderChangeWorkflow, req.scope, {
    id: req.params.id,
    access: req.access,
    message: req.validatedBody.message,
  })
  res.json({ purchase_order: await supplierPurchaseOrder(req.scope, req.access, req.params.id) })
}
