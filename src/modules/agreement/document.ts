/**
 * The agreement as the buyer reads it, frozen at signing. This exact object
 * (canonical JSON) is what the document hash covers, and what the PDF shows.
 */

import type {
  AgreementItemRow,
  AgreementTotalsRow,
  RenderedAgreement,
} from "../../shared/agreement-document"

export type {
  AgreementBlock,
  AgreementItemRow,
  RenderedAgreement,
} from "../../shared/agreement-document"

/** Everything a template variable can refer to. */
export type AgreementContext = {
  locale: string
  today: Date
  merchant: { name: string }
  customer: { first_name: string | null; last_name: string | null; email: string }
  company: { name: string | null }
  /** Who signs; absent until signing, when the variables read as placeholders. */
  signer?: { name: string; email: string } | null
  quote: {
    number: string
    currency_code: string
    /** The rows of the one presentation of totals (docs/ARCHITECTURE.md, "Money"). */
    subtotal: number
    discount: number
    shipping: number
    tax: number
    total: number
    deposit: number
    valid_until: Date | string | null
    items: Array<{
      title: string
      description: string | null
      quantity: number
      unit_price: number
      discount?: number
      total: number
    }>
  }
}

/** The frozen document: what was agreed, for which selection, at which totals. */
export type AgreementDocument = {
  merchant: { name: string }
  quote: { id: string; number: string; currency_code: string; valid_until: string | null }
  customer: { name: string; email: string; company: string | null }
  agreement: RenderedAgreement
  selected_item_ids: string[]
  items: AgreementItemRow[]
  totals: {
    subtotal: string
    discount_total: string
    /** Absent from documents frozen before the shipping row was printed. */
    shipping_total?: string
    tax_total: string
    total: string
    deposit_due: string
    /** The rows the PDFs print under the items, in order; absent from older frozen documents. */
    rows?: AgreementTotalsRow[]
  }
  consent_text: string
  locale: string
}

/** Who signed, how, and when: printed on the signed PDF and its certificate page. */
export type SignatureRecord = {
  signer_name: string
  signer_email: string
  signed_at: Date
  ip: string | null
  user_agent: string | null
  identified_by: "link" | "login"
  /** The signed-in contact's customer id, when identified by login. */
  customer_id?: string | null
  /** The drawn signature, PNG bytes. */
  image: Buffer
}

export type AuditTrailEntry = { at: Date; event: string; actor: string }

export type SignedPdfInput = {
  document: AgreementDocument
  signature: SignatureRecord
  document_sha256: string
  signature_sha256: string
  audit_trail: AuditTrailEntry[]
}
