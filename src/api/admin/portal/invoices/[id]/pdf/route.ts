import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { invoicePdf } from "../../../../../utils/invoice-pdf"
import { sendPdf } from "../../../../../utils/send-pdf"

/** Any invoice as a PDF: number, lines, tax, amounts, paid or unpaid, payment reference. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { pdf, filename } = await invoicePdf(req.scope, req.params.id)
  sendPdf(res, pdf, filename)
}
