import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createPurchaseOrderWorkflow } from "../../../../workflows/procurement/workflows/create-purchase-order"
import { purchaseOrderListView, purchaseOrderView } from "./presenters"
import { runWorkflow } from "../../../utils/run-workflow"
import type {
  AdminCreatePortalPurchaseOrderBody,
  AdminPortalPurchaseOrderListResponse,
  AdminPortalPurchaseOrderResponse,
} from "../../../../shared/http"
import type { AdminListPurchaseOrdersParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListPurchaseOrdersParamsType>,
  res: MedusaResponse<AdminPortalPurchaseOrderListResponse>
) => {
  const { status, supplier_company_id, q, limit, offset } =
    req.validatedQuery as AdminListPurchaseOrdersParamsType
  res.json(
    await purchaseOrderListView(
      req.scope,
      { status, supplier_company_id, q },
      { limit, offset },
      { audience: "staff" }
    )
  )
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePortalPurchaseOrderBody>,
  res: MedusaResponse<AdminPortalPurchaseOrderResponse>
) => {
  const { id } = await runWorkflow(createPurchaseOrderWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({
    purchase_order: await purchaseOrderView(req.scope, { id }, { audience: "staff" }),
  })
}
