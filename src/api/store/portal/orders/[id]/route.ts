import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../../authorize-member"
import { fetchMemberOrder } from "../presenters"
import type { StorePortalOrderResponse } from "../../../../../shared/http"

/** One order of the active company; any other order is a 404. */
export const GET = async (req: MemberRequest, res: MedusaResponse<StorePortalOrderResponse>) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({ order: await fetchMemberOrder(req.scope, req.access, req.params.id) })
}
