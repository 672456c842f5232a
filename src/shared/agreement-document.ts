/**
 * The rendered agreement's shape, the part the admin preview and the buyer's page show
 * (docs/ARCHITECTURE.md, "Layers": the UIs import only src/shared). The server's own
 * document types, which embed these, stay in src/modules/agreement/document.ts.
 */

export type AgreementItemRow = {
  title: string
  description: string | null
  quantity: number
  /** Formatted for the quote's currency and locale, e.g. "$1,000.00". */
  unit_price: string
  total: string
}

export type AgreementBlock =
  { type: "paragraph"; text: string } | { type: "items"; rows: AgreementItemRow[] }

export type RenderedAgreement = {
  template_id: string
  name: string
  version: number
  blocks: AgreementBlock[]
}
