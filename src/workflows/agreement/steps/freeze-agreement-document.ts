import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  AgreementSource,
  buildAgreementDocument,
  portalLocale,
} from "../../../modules/agreement/build-document"
import type { AgreementDocument } from "../../../modules/agreement/document"
import { documentSha256 } from "../../../modules/agreement/hashing"
import { computeQuoteTotals } from "../../../shared/quote-totals"
import type { AgreementParties } from "../agreement-parties"

export type FrozenAgreement = {
  document: AgreementDocument
  document_sha256: string
  /** The deposit the signed totals ask for, in major units. */
  deposit_due: number
  totals: ReturnType<typeof computeQuoteTotals>
}

/** The exact document being signed, and its hash (canonical JSON). */
export const freezeAgreementDocumentStep = createStep(
  "portal-freeze-agreement-document",
  async (input: {
    quote: AgreementSource["quote"]
    parties: AgreementParties
    selected_item_ids: string[]
    consent_text: string
    signed_at: Date
  }) => {
    const document = buildAgreementDocument({
      quote: input.quote,
      selected_item_ids: input.selected_item_ids,
      customer: input.parties.customer,
      merchant: input.parties.merchant,
      template: input.parties.template,
      consent_text: input.consent_text,
      locale: portalLocale(),
      today: new Date(input.signed_at),
    })
    const totals = computeQuoteTotals({
      currency_code: input.quote.currency_code,
      items: input.quote.items.map((item) => ({ ...item, unit_price: Number(item.unit_price) })),
      selected_item_ids: input.selected_item_ids,
      tax_rate: input.quote.tax_rate,
      deposit_percent: input.quote.deposit_percent,
      deposit_amount:
        input.quote.deposit_amount == null ? null : Number(input.quote.deposit_amount),
    })
    return new StepResponse<FrozenAgreement>({
      document,
      document_sha256: documentSha256(document),
      deposit_due: totals.deposit_due,
      totals,
    })
  }
)
