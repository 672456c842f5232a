import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalPurchaseOrderResponse } from "../../../../../shared/http"
import type { MemberRequest } from "../../authorize-member"
import { supplierPurchaseOrder } from "../presenters"

/** One purchase order of the active company; another company's or a draft is a 404. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalPurchaseOrderResponse>
) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({ purchase_order: await supplierPurchaseOrder(req.scope, req.access, req.params.id) })
}
