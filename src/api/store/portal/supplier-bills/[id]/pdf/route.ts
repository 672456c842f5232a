import type { MedusaResponse } from "@medusajs/framework/http"
import { sendPdf } from "../../../../../utils/send-pdf"
import { supplierBillPdf } from "../../../../../admin/portal/supplier-bills/presenters"
import type { MemberRequest } from "../../../authorize-member"

/** The PDF a supplier uploaded for one of the active company's bills. */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  const { pdf, filename } = await supplierBillPdf(req.scope, {
    id: req.params.id,
    supplier_company_id: req.access.company_id,
  })
  res.setHeader("Cache-Control", "no-store")
  sendPdf(res, pdf, filename)
}
