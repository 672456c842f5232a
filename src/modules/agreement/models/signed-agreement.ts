import { model } from "@medusajs/framework/utils"

export const SIGNER_IDENTIFICATIONS = ["link", "login"] as const

/**
 * What a buyer signed, frozen: the rendered document and its SHA-256, the PDF
 * and its SHA-256, the drawn signature, who signed, how they were identified,
 * when, from where, and the consent sentence they agreed to. Never updated.
 */
export const SignedAgreement = model
  .define("portal_signed_agreement", {
    id: model.id({ prefix: "agrsig" }).primaryKey(),
    quote_id: model.text(),
    template_id: model.text(),
    template_version: model.number(),
    /** The language version signed (the template's translation); null: its default text. */
    template_language: model.text().nullable(),
    /** The AgreementDocument (see ../document.ts) exactly as signed. */
    document: model.json(),
    document_sha256: model.text(),
    pdf_sha256: model.text(),
    pdf_file_id: model.text(),
    signature_file_id: model.text(),
    signature_sha256: model.text(),
    signer_name: model.text(),
    signer_email: model.text(),
    signed_at: model.dateTime(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    consent_text: model.text(),
    identified_by: model.enum([...SIGNER_IDENTIFICATIONS]),
    /** The logged-in contact's customer id when identified by login; null for a link. */
    signer_customer_id: model.text().nullable(),
    selected_item_ids: model.json(),
    totals: model.json(),
  })
  .indexes([
    // One signature per quote, however many sign requests race.
    { on: ["quote_id"], unique: true },
    { on: ["template_id"] },
  ])
