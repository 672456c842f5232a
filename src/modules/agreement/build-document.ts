import { totalsOfQuote } from "../../shared/quote-totals"
import { baseLanguage, SOURCE_LANGUAGE } from "../../shared/i18n/languages"
import {
  formatTotalsAmount,
  localizedRowLabel,
  presentQuoteTotals,
} from "../../shared/totals-presentation"
import type { AgreementContext, AgreementDocument, RenderedAgreement } from "./document"
import { formatMoney } from "../../lib/format"
import { translator } from "../../lib/i18n"
import { renderAgreement, toItemRows } from "./template"

/**
 * The fallback consent sentence: PORTAL_CONSENT_TEXT, else the default in the document's
 * language (`locale`; the store's when none is given).
 */
export function consentText(locale: string = portalLocale()): string {
  return (
    process.env.PORTAL_CONSENT_TEXT ||
    translator(baseLanguage(locale) ?? SOURCE_LANGUAGE, "pdf")("quote.consent_default")
  )
}

export function portalLocale(): string {
  return process.env.PORTAL_LOCALE || "en-US"
}

export type AgreementSource = {
  quote: {
    id: string
    number: string
    currency_code: string
    valid_until: Date | string | null
    deposit_percent?: number | null
    deposit_amount?: number | string | null
    shipping_amount?: unknown
    shipping_method_name?: string | null
    shipping_tax_lines?: unknown
    shipping_adjustments?: unknown
    items: Array<{
      id: string
      title: string
      description?: string | null
      quantity: number
      unit_price: number | string
      discount_percent?: number | null
      is_optional: boolean
      is_selected: boolean
      position?: number | null
      tax_lines?: unknown
      adjustments?: unknown
    }>
  }
  selected_item_ids: string[]
  customer: {
    first_name?: string | null
    last_name?: string | null
    email: string
    company_name?: string | null
  }
  merchant: { name: string }
  /** The signer's name and email, given only when freezing the document at signing. */
  signer?: { name: string; email: string } | null
  template: { id: string; name: string; version: number; body: string } | null
  consent_text: string
  locale: string
  today: Date
}

/**
 * The document a buyer reads and signs, for one selection of optional items.
 * The token view shows it, the PDFs print it, and signing freezes and hashes it.
 */
export function buildAgreementDocument(source: AgreementSource): AgreementDocument {
  const { quote, locale } = source
  const items = [...quote.items].sort((a, b) => Number(a.position ?? 0) - Number(b.position ?? 0))
  const totals = totalsOfQuote({ ...quote, items }, source.selected_item_ids)
  // The one presentation of totals (docs/ARCHITECTURE.md, "Money"): the lines and rows every paper prints.
  const presented = presentQuoteTotals(totals, items, {
    shipping_label: quote.shipping_method_name,
    show_shipping: quote.shipping_amount != null,
    deposit_percent: quote.deposit_percent,
  })
  const row = (key: string) => presented.rows.find((r) => r.key === key)?.amount ?? 0
  const included = presented.lines.map((line) => ({
    title: line.title,
    description: line.description,
    quantity: line.quantity,
    unit_price: line.unit_price,
    discount: line.discount,
    total: line.total,
  }))
  const context: AgreementContext = {
    locale,
    today: source.today,
    merchant: source.merchant,
    customer: {
      first_name: source.customer.first_name ?? null,
      last_name: source.customer.last_name ?? null,
      email: source.customer.email,
    },
    company: { name: source.customer.company_name ?? null },
    signer: source.signer ?? null,
    quote: {
      number: quote.number,
      currency_code: quote.currency_code,
      subtotal: row("subtotal"),
      discount: row("discount"),
      shipping: row("shipping"),
      tax: row("tax"),
      total: totals.total,
      deposit: totals.deposit_due,
      valid_until: quote.valid_until,
      items: included,
    },
  }
  const agreement: RenderedAgreement = source.template
    ? renderAgreement(source.template, context)
    : { template_id: "", name: `Quote ${quote.number}`, version: 0, blocks: [] }
  const money = (amount: number) => formatMoney(amount, quote.currency_code, locale)
  const t = translator(baseLanguage(locale) ?? SOURCE_LANGUAGE, "pdf")
  const name = [source.customer.first_name, source.customer.last_name].filter(Boolean).join(" ")
  return {
    merchant: source.merchant,
    quote: {
      id: quote.id,
      number: quote.number,
      currency_code: quote.currency_code,
      valid_until: quote.valid_until ? new Date(quote.valid_until).toISOString() : null,
    },
    customer: {
      name: name || source.customer.email,
      email: source.customer.email,
      company: source.customer.company_name ?? null,
    },
    agreement,
    selected_item_ids: items
      .filter((item) => item.is_optional && source.selected_item_ids.includes(item.id))
      .map((item) => item.id),
    items: toItemRows(context),
    totals: {
      subtotal: money(row("subtotal")),
      discount_total: money(row("discount")),
      shipping_total: money(row("shipping")),
      tax_total: money(row("tax")),
      total: money(totals.total),
      deposit_due: money(totals.deposit_due),
      // Each row's word in the document's language, a shipping method's name as it is.
      rows: presented.rows.map((r) => ({
        key: r.key,
        label: localizedRowLabel(r, (key) => t(`totals.${key}`)),
        value: formatTotalsAmount(r, money),
        ...(r.strong ? { strong: true } : {}),
      })),
    },
    consent_text: source.consent_text,
    locale,
  }
}
