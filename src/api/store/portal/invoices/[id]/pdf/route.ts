import type { MedusaResponse } from "@medusajs/framework/http"
import { invoicePdf } from "../../../../../utils/invoice-pdf"
import { sendPdf } from "../../../../../utils/send-pdf"
import type { MemberRequest } from "../../../authorize-member"

/** A live invoice of the active company as a PDF; any other invoice is a 404. */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  const { pdf, filename } = await invoicePdf(req.scope, req.params.id, req.access)
  res.setHeader("Cache-Control", "no-store")
  sendPdf(res, pdf, filename)
}
