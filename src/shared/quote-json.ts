import type { QuoteAdjustment, QuoteTaxLine } from "./quote-totals"

/**
 * A quote's lines and messages as the admin API and the quote-link API answer
 * them (JSON: dates are strings). The admin and the storefront both read these.
 */
export type QuoteLineJson = {
  id: string
  variant_id: string | null
  title: string
  description: string | null
  sku: string | null
  thumbnail: string | null
  quantity: number
  unit_price: number
  discount_percent: number | null
  is_optional: boolean
  is_selected: boolean
  position: number
  /** From Medusa's Tax Module for where the quote ships. */
  tax_lines: QuoteTaxLine[] | null
  /** Medusa's automatic promotions on the line. */
  adjustments: QuoteAdjustment[] | null
}

export type QuoteMessageJson = {
  id: string
  author_type: "customer" | "staff"
  author_name: string | null
  body: string
  created_at: string
}
