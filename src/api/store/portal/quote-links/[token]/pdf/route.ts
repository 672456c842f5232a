import type { MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../../../../../modules/agreement"
import { renderQuotePdf } from "../../../../../../modules/agreement/pdf"
import type AgreementModuleService from "../../../../../../modules/agreement/service"
import { buildCurrentDocument } from "../../../../../utils/agreement-view"
import type { QuoteLinkRequest } from "../../authorize-quote-link"

/** The quote as a PDF for the current selection or, once signed, the signed agreement as stored. */
export const GET = async (req: QuoteLinkRequest, res: MedusaResponse) => {
  const agreements: AgreementModuleService = req.scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: req.access.quote_id },
    { select: ["pdf_file_id", "document"] }
  )
  let pdf: Buffer
  let filename: string
  if (signed) {
    pdf = await req.scope.resolve(Modules.FILE).getAsBuffer(signed.pdf_file_id)
    const number = (signed.document as { quote?: { number?: string } }).quote?.number ?? "quote"
    filename = `${number}-signed-agreement.pdf`
  } else {
    const { document } = await buildCurrentDocument(req.scope, req.access.quote_id)
    pdf = await renderQuotePdf(document, { name: document.merchant.name })
    filename = `${document.quote.number}.pdf`
  }
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
