import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../authorize-member"
import { listMemberInvoices } from "./presenters"
import type { StoreListMemberInvoicesParamsType } from "./validators"
import type { StorePortalInvoiceListResponse } from "../../../../shared/http"

/** The active company's invoices, newest first. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalInvoiceListResponse>
) => {
  const { limit, offset, status, quote_id } =
    req.validatedQuery as StoreListMemberInvoicesParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(await listMemberInvoices(req.scope, req.access, { limit, offset, status, quote_id }))
}
