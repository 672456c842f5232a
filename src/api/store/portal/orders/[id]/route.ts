import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../../authorize-member"
import { fetchMemberOrder } from "../member-order-view"

/** One order of the active company; any other order is a 404. */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({ order: await fetchMemberOrder(req.scope, req.access, req.params.id) })
}
