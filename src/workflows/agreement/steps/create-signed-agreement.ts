import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"

export type SignedAgreementData = {
  quote_id: string
  template_id: string
  template_version: number
  /** The template's language version signed; null: its default text. */
  template_language: string | null
  document: Record<string, unknown>
  document_sha256: string
  pdf_sha256: string
  pdf_file_id: string
  signature_file_id: string
  signature_sha256: string
  signer_name: string
  signer_email: string
  signed_at: Date
  ip: string | null
  user_agent: string | null
  consent_text: string
  identified_by: "link" | "login"
  signer_customer_id: string | null
  selected_item_ids: string[]
  totals: Record<string, unknown>
}

/** The record of what was signed; one per quote (unique index). */
export const createSignedAgreementStep = createStep(
  "portal-create-signed-agreement",
  async (data: SignedAgreementData, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const signed = await agreements.createPortalSignedAgreements({
      ...data,
      // A JSON column: the ids are kept under a key so the column stays an object.
      selected_item_ids: { ids: data.selected_item_ids },
    })
    return new StepResponse(signed, signed.id)
  },
  async (id, { container }) => {
    if (!id) return
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    await agreements.deletePortalSignedAgreements(id)
  }
)
