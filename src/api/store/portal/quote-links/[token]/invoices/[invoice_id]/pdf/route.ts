import type { MedusaResponse } from "@medusajs/framework/http"
import { invoicePdf } from "../../../../../../../utils/invoice-pdf"
import { sendPdf } from "../../../../../../../utils/send-pdf"
import type { QuoteLinkRequest } from "../../../../authorize-quote-link"

/** A live invoice of the link's quote as a PDF; any other invoice is a 404. */
export const GET = async (req: QuoteLinkRequest, res: MedusaResponse) => {
  const { pdf, filename } = await invoicePdf(req.scope, req.params.invoice_id, req.access)
  sendPdf(res, pdf, filename)
}
