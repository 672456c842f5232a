import type { MedusaResponse } from "@medusajs/framework/http"
import { purchaseOrderListView } from "../../../admin/portal/purchase-orders/presenters"
import type { StorePortalPurchaseOrderListResponse } from "../../../../shared/http"
import type { MemberRequest } from "../authorize-member"
import type { StoreListPurchaseOrdersParamsType } from "./validators"

/** The active company's purchase orders (never drafts), newest first. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalPurchaseOrderListResponse>
) => {
  const { limit, offset, status } = req.validatedQuery as StoreListPurchaseOrdersParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(
    await purchaseOrderListView(
      req.scope,
      { supplier_company_id: req.access.company_id, ...(status ? { status } : {}) },
      { limit, offset },
      { audience: "supplier" }
    )
  )
}
