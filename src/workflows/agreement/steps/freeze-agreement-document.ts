import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AgreementSource, buildAgreementDocument } from "../../../modules/agreement/build-document"
import type { AgreementDocument } from "../../../modules/agreement/document"
import { documentSha256 } from "../../../modules/agreement/hashing"
import { totalsOfQuote } from "../../../shared/quote-totals"
import type { AgreementParties } from "../utils/agreement-parties"

export type FrozenAgreement = {
  document: AgreementDocument
  document_sha256: string
  /** The deposit the signed totals ask for, in major units. */
  deposit_due: number
  totals: ReturnType<typeof totalsOfQuote>
}

/** The exact document being signed, and its hash (canonical JSON). */
export const freezeAgreementDocumentStep = createStep(
  "portal-freeze-agreement-document",
  async (input: {
    quote: AgreementSource["quote"]
    parties: AgreementParties
    /** Fills `{{signer.name}}` and `{{signer.email}}` in the document signed. */
    signer: { name: string; email: string }
    selected_item_ids: string[]
    consent_text: string
    signed_at: Date
  }) => {
    const document = buildAgreementDocument({
      quote: input.quote,
      selected_item_ids: input.selected_item_ids,
      customer: input.parties.customer,
      merchant: input.parties.merchant,
      signer: input.signer,
      template: input.parties.template,
      consent_text: input.consent_text,
      locale: input.parties.locale,
      today: new Date(input.signed_at),
    })
    const totals = totalsOfQuote(input.quote, input.selected_item_ids)
    return new StepResponse<FrozenAgreement>({
      document,
      document_sha256: documentSha256(document),
      deposit_due: totals.deposit_due,
      totals,
    })
  }
)
