import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../authorize-member"
import { listMemberInvoices } from "./member-invoice-view"
import type { StoreListMemberInvoicesParamsType } from "./validators"

/** The active company's invoices, newest first. */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  const { limit, offset, status, quote_id } =
    req.validatedQuery as StoreListMemberInvoicesParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(await listMemberInvoices(req.scope, req.access, { limit, offset, status, quote_id }))
}
