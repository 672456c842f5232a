import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { AGREEMENT_MODULE } from "../../../../../../modules/agreement"
import { sha256Hex } from "../../../../../../modules/agreement/hashing"
import type AgreementModuleService from "../../../../../../modules/agreement/service"
import type { AdminPortalSignedAgreementVerifyResponse } from "../../../../../../shared/http"

type UploadRequest = AuthenticatedMedusaRequest & { file?: { buffer: Buffer } }

/**
 * Answers whether an uploaded PDF is byte for byte the one that was signed:
 * its SHA-256 against the hash recorded at signing.
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<AdminPortalSignedAgreementVerifyResponse>
) => {
  if (!req.file?.buffer?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Upload the PDF as the multipart field `file`"
    )
  }
  const agreements: AgreementModuleService = req.scope.resolve(AGREEMENT_MODULE)
  const signed = await agreements.retrievePortalSignedAgreement(req.params.id, {
    select: ["id", "pdf_sha256", "document_sha256", "signer_name", "signed_at"],
  })
  const received = sha256Hex(req.file.buffer)
  res.json({
    matches: received === signed.pdf_sha256,
    expected_sha256: signed.pdf_sha256,
    received_sha256: received,
    signed_agreement: {
      id: signed.id,
      signer_name: signed.signer_name,
      // A string in JSON.
      signed_at: signed.signed_at as unknown as string,
      document_sha256: signed.document_sha256,
    },
  })
}
