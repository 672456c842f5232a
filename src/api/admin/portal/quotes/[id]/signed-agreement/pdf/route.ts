import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../../../../../../modules/agreement"
import type AgreementModuleService from "../../../../../../../modules/agreement/service"

/** The signed agreement's PDF exactly as stored at signing (its SHA-256 is on the quote). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const agreements: AgreementModuleService = req.scope.resolve(AGREEMENT_MODULE)
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: req.params.id },
    { select: ["pdf_file_id", "document"] }
  )
  if (!signed) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Quote ${req.params.id} has no signed agreement`
    )
  }
  const pdf = await req.scope.resolve(Modules.FILE).getAsBuffer(signed.pdf_file_id)
  const number = (signed.document as { quote?: { number?: string } }).quote?.number ?? "quote"
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${number}-signed-agreement.pdf"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "no-store")
  res.end(pdf)
}
