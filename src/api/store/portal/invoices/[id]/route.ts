import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../../authorize-member"
import { fetchMemberInvoice } from "../presenters"
import type { StorePortalInvoiceResponse } from "../../../../../shared/http"

/** One invoice of the active company; any other is a 404. */
export const GET = async (req: MemberRequest, res: MedusaResponse<StorePortalInvoiceResponse>) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({ invoice: await fetchMemberInvoice(req.scope, req.access, req.params.id) })
}
