import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../authorize-member"
import { listMemberOrders } from "./presenters"
import type { StoreListMemberOrdersParamsType } from "./validators"
import type { StorePortalOrderListResponse } from "../../../../shared/http"

/** The active company's orders, newest first, with their client status. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalOrderListResponse>
) => {
  const { limit, offset, status } = req.validatedQuery as StoreListMemberOrdersParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(await listMemberOrders(req.scope, req.access, { limit, offset, status }))
}
