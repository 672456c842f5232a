import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementDocument, AuditTrailEntry } from "../../../modules/agreement/document"
import { sha256Hex } from "../../../modules/agreement/hashing"
import { renderSignedAgreementPdf } from "../../../modules/agreement/pdf"

export type RenderSignedPdfInput = {
  quote_id: string
  document: AgreementDocument
  document_sha256: string
  signature: { base64: string; sha256: string }
  signer_name: string
  signer_email: string
  signed_at: Date
  ip: string | null
  user_agent: string | null
  identified_by: "link" | "login"
  signer_customer_id: string | null
}

/** The signed PDF with its certificate page (the quote's timeline as audit trail). */
export const renderSignedPdfStep = createStep(
  "portal-render-signed-pdf",
  async (input: RenderSignedPdfInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: events } = await query.graph({
      entity: "portal_quote_event",
      fields: ["type", "actor_type", "created_at"],
      filters: { quote_id: input.quote_id },
    })
    const signedAt = new Date(input.signed_at)
    const audit_trail: AuditTrailEntry[] = [
      ...events
        .map((event) => ({
          at: new Date(event.created_at as unknown as string),
          event: String(event.type).replace(/_/g, " "),
          actor: String(event.actor_type),
        }))
        .sort((a, b) => a.at.getTime() - b.at.getTime()),
      { at: signedAt, event: "signed", actor: `${input.signer_name} <${input.signer_email}>` },
    ]
    const pdf = await renderSignedAgreementPdf(
      {
        document: input.document,
        signature: {
          signer_name: input.signer_name,
          signer_email: input.signer_email,
          signed_at: signedAt,
          ip: input.ip,
          user_agent: input.user_agent,
          identified_by: input.identified_by,
          customer_id: input.signer_customer_id,
          image: Buffer.from(input.signature.base64, "base64"),
        },
        document_sha256: input.document_sha256,
        signature_sha256: input.signature.sha256,
        audit_trail,
      },
      { name: input.document.merchant.name }
    )
    return new StepResponse({ base64: pdf.toString("base64"), sha256: sha256Hex(pdf) })
  }
)
