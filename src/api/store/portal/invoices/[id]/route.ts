import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../../authorize-member"
import { fetchMemberInvoice } from "../member-invoice-view"

/** One invoice of the active company; any other is a 404. */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({ invoice: await fetchMemberInvoice(req.scope, req.access, req.params.id) })
}
