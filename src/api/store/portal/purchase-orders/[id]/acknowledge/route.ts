import type { MedusaResponse } from "@medusajs/framework/http"
import { acknowledgePurchaseOrderWorkflow } from "../../../../../../workflows/procurement/workflows/acknowledge-purchase-order"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"
import { supplierPurchaseOrder } from "../../presenters"
import type {
  StoreAcknowledgePortalPurchaseOrderBody,
  StorePortalPurchaseOrderResponse,
} from "../../../../../../shared/http"

/** Acknowledges a sent purchase order with a promised date per line. */
export const POST = async (
  req: MemberRequest<StoreAcknowledgePortalPurchaseOrderBody>,
  res: MedusaResponse<StorePortalPurchaseOrderResponse>
) => {
  const { lines, note } = req.validatedBody
  await runWorkflow(acknowledgePurchaseOrderWorkflow, req.scope, {
    id: req.params.id,
    access: req.access,
    lines,
    note: note ?? null,
  })
  res.json({ purchase_order: await supplierPurchaseOrder(req.scope, req.access, req.params.id) })
}
