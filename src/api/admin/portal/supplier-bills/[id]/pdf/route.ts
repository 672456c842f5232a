import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPdf } from "../../../../../utils/send-pdf"
import { supplierBillPdf } from "../../presenters"

/** The PDF the supplier uploaded, as uploaded, named after the PO and the bill number. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { pdf, filename } = await supplierBillPdf(req.scope, { id: req.params.id })
  res.setHeader("Cache-Control", "no-store")
  sendPdf(res, pdf, filename)
}
