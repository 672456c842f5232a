/**
 * The rendered agreement's shape, the part the admin preview and the buyer's page show
 * (docs/ARCHITECTURE.md, "Layers": the UIs import only src/shared). The server's own
 * document types, which embed these, stay in src/modules/agreement/document.ts.
 */

export type AgreementItemRow = {
  title: string
  description: string | null
  quantity: number
  /** Formatted for the quote's currency and locale, e.g. "$1,000.00"; pre-tax. */
  unit_price: string
  /** The line's own discount, e.g. "−$20.00"; empty or absent when none (documents frozen before it). */
  discount?: string | null
  /** unit price × quantity − discount, pre-tax (docs/ARCHITECTURE.md, "Money"). */
  total: string
}

/** One row under the items: label and formatted amount (src/shared/totals-presentation.ts). */
export type AgreementTotalsRow = {
  key: string
  /** In the document's language, with its detail: "Versand (Express)". */
  label: string
  value: string
  strong?: boolean
}

export type AgreementBlock =
  { type: "paragraph"; text: string } | { type: "items"; rows: AgreementItemRow[] }

export type RenderedAgreement = {
  template_id: string
  name: string
  version: number
  /** The template's language version rendered; null (or absent, before languages): its default. */
  language?: string | null
  blocks: AgreementBlock[]
}
