import { computeQuoteTotals, type QuoteTotals } from "../../../../shared/quote-totals"
import type {
  CreateQuoteInput,
  QuoteChanges,
  QuoteCustomer,
  QuoteDetail,
  QuoteItem,
  QuoteItemInput,
  QuoteTermsInput,
} from "../../../hooks/quotes"
import { type VariantOption } from "../../../hooks/variants"
import { type CatalogPrice, catalogUnitPrice } from "../../../lib/catalog-price"

/**
 * The quote form's state and its translation to and from the admin API. Text
 * inputs stay strings while typed; `validateQuoteDraft` says what is wrong in
 * words, and only a valid draft is turned into a request.
 */
export type LineDraft = {
  /** React key, and the line's id for the live totals. */
  key: string
  /** Set for a line the quote already has (edit). */
  id?: string
  variant_id: string | null
  title: string
  sku: string | null
  quantity: string
  unit_price: string
  discount_percent: string
  is_optional: boolean
  is_selected: boolean
  /** The variant's catalog prices; the unit price follows them until staff type their own. */
  prices?: CatalogPrice[]
  price_from_catalog: boolean
}

export type DepositMode = "none" | "percent" | "amount"

export type QuoteDraft = {
  customer: QuoteCustomer | null
  /**
   * One of the customer's companies, or null for none; undefined until staff
   * choose, and then the server takes the customer's single active company.
   */
  company_id?: string | null
  region_id: string
  currency_code: string
  lines: LineDraft[]
  valid_until: string
  deposit_mode: DepositMode
  deposit_value: string
  terms: string
  /** The language of its link emails and papers; null: the company's, else the store's. */
  language: string | null
  internal_note: string
  agreement_template_id: string | null
  /** Staff alerted about the buyer's steps. */
  assigned_user_ids: string[]
  /** One of the customer's addresses; "" leaves it to the server (the default shipping address). */
  shipping_address_id: string
  /** A flat-rate shipping option, or null for none. */
  shipping_option_id: string | null
  /** Freight typed by staff; empty means the option's own price. */
  shipping_amount: string
}

export type DraftProblems = {
  customer?: string
  region?: string
  valid_until?: string
  deposit?: string
  shipping_amount?: string
  lines: Record<string, Partial<Record<"title" | "quantity" | "unit_price" | "discount", string>>>
}

let nextKey = 0
export const newLineKey = () => `line-${++nextKey}`

/** yyyy-mm-dd in the admin's time zone, as `<input type="date">` shows it. */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The quote stays valid through the whole chosen day, in the admin's time zone. */
export const endOfDay = (dateInput: string) => new Date(`${dateInput}T23:59:59`)

export function defaultValidUntil(days: number, today = new Date()): string {
  const date = new Date(today)
  date.setDate(date.getDate() + days)
  return toDateInput(date)
}

const parseNumber = (text: string): number | null => {
  const trimmed = text.trim().replace(",", ".")
  if (!trimmed) return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : null
}

/** A new quote's draft: nothing chosen and no lines, but for the `changes` (the create page's defaults). */
export function newQuoteDraft(changes: Partial<QuoteDraft> = {}): QuoteDraft {
  return {
    customer: null,
    region_id: "",
    currency_code: "",
    lines: [],
    valid_until: "",
    deposit_mode: "none",
    deposit_value: "",
    terms: "",
    language: null,
    internal_note: "",
    agreement_template_id: null,
    assigned_user_ids: [],
    shipping_address_id: "",
    shipping_option_id: null,
    shipping_amount: "",
    ...changes,
  }
}

export function emptyLine(): LineDraft {
  return {
    key: newLineKey(),
    variant_id: null,
    title: "",
    sku: null,
    quantity: "1",
    unit_price: "",
    discount_percent: "",
    is_optional: false,
    is_selected: false,
    price_from_catalog: false,
  }
}

const variantTitle = (variant: VariantOption) =>
  !variant.title || variant.title === variant.product_title || variant.title === "Default variant"
    ? variant.product_title
    : `${variant.product_title} – ${variant.title}`

/** A line for a product variant, priced from the catalog for the quote's currency and region. */
export function lineFromVariant(
  variant: VariantOption,
  context: { currency_code: string; region_id: string }
): LineDraft {
  const price = catalogUnitPrice(variant.prices, { ...context, quantity: 1 })
  return {
    ...emptyLine(),
    variant_id: variant.id,
    title: variantTitle(variant),
    sku: variant.sku,
    unit_price: price == null ? "" : String(price),
    prices: variant.prices,
    price_from_catalog: price != null,
  }
}

/** Re-prices a catalog-priced line, e.g. after its quantity or the region changed. */
export function repriceLine(
  line: LineDraft,
  context: { currency_code: string; region_id: string }
): LineDraft {
  if (!line.price_from_catalog || !line.prices) return line
  const quantity = Math.max(1, Math.trunc(parseNumber(line.quantity) ?? 1))
  const price = catalogUnitPrice(line.prices, { ...context, quantity })
  return price == null ? line : { ...line, unit_price: String(price) }
}

/** A new region sets the quote's currency, and catalog-priced lines follow its prices. */
export function withRegion(
  draft: QuoteDraft,
  region: { id: string; currency_code: string }
): QuoteDraft {
  const context = { currency_code: region.currency_code, region_id: region.id }
  return {
    ...draft,
    region_id: region.id,
    currency_code: region.currency_code,
    lines: draft.lines.map((line) => repriceLine(line, context)),
  }
}

/** A line as staff edited it; a catalog-priced line follows its quantity tier until staff type a price. */
export function withLine(draft: QuoteDraft, key: string, line: LineDraft): QuoteDraft {
  const pricing = { currency_code: draft.currency_code, region_id: draft.region_id }
  return {
    ...draft,
    lines: draft.lines.map((existing) => {
      if (existing.key !== key) return existing
      return line.quantity !== existing.quantity ? repriceLine(line, pricing) : line
    }),
  }
}

export function draftFromQuote(quote: QuoteDetail): QuoteDraft {
  const deposit_mode: DepositMode =
    quote.deposit_percent != null ? "percent" : quote.deposit_amount != null ? "amount" : "none"
  return {
    customer: quote.customer,
    company_id: quote.company_id,
    region_id: quote.region_id ?? "",
    currency_code: quote.currency_code,
    lines: quote.items.map((item) => ({
      key: newLineKey(),
      id: item.id,
      variant_id: item.variant_id,
      title: item.title,
      sku: item.sku,
      quantity: String(item.quantity),
      unit_price: String(item.unit_price),
      discount_percent: item.discount_percent ? String(item.discount_percent) : "",
      is_optional: item.is_optional,
      is_selected: item.is_selected,
      price_from_catalog: false,
    })),
    valid_until: quote.valid_until ? toDateInput(new Date(quote.valid_until)) : "",
    deposit_mode,
    deposit_value:
      deposit_mode === "percent"
        ? String(quote.deposit_percent)
        : deposit_mode === "amount"
          ? String(quote.deposit_amount)
          : "",
    terms: quote.terms ?? "",
    language: quote.language ?? null,
    internal_note: quote.internal_note ?? "",
    agreement_template_id: quote.agreement_template_id,
    assigned_user_ids: quote.assigned_user_ids ?? [],
    shipping_address_id: quote.shipping_address?.customer_address_id ?? "",
    shipping_option_id: quote.shipping_option_id,
    // What the quote charges for shipping; choosing another option in the form clears it.
    shipping_amount: quote.shipping_amount != null ? String(quote.shipping_amount) : "",
  }
}

export function validateQuoteDraft(draft: QuoteDraft, today = new Date()): DraftProblems {
  const problems: DraftProblems = { lines: {} }
  if (!draft.customer) problems.customer = "Choose the customer the quote is for"
  if (!draft.region_id) problems.region = "Choose a region: it sets the quote's currency"
  if (draft.valid_until && endOfDay(draft.valid_until).getTime() < today.getTime()) {
    problems.valid_until = "Pick today or a later date"
  }
  const deposit = parseNumber(draft.deposit_value)
  if (draft.deposit_mode === "percent" && (deposit == null || deposit <= 0 || deposit > 100)) {
    problems.deposit = "Give a deposit percentage above 0 and at most 100"
  }
  if (draft.deposit_mode === "amount" && (deposit == null || deposit < 0)) {
    problems.deposit = "Give the deposit as an amount of 0 or more"
  }
  const freight = parseNumber(draft.shipping_amount)
  if (draft.shipping_amount.trim() && (freight == null || freight < 0)) {
    problems.shipping_amount = "Give the freight as an amount of 0 or more"
  }
  for (const line of draft.lines) {
    const lineProblems: DraftProblems["lines"][string] = {}
    if (!line.title.trim()) lineProblems.title = "Give the line a title"
    const quantity = parseNumber(line.quantity)
    if (quantity == null || !Number.isInteger(quantity) || quantity < 1) {
      lineProblems.quantity = "Whole number, 1 or more"
    }
    const price = parseNumber(line.unit_price)
    if (price == null || price < 0) lineProblems.unit_price = "Price of 0 or more"
    const discount = parseNumber(line.discount_percent)
    if (line.discount_percent.trim() && (discount == null || discount < 0 || discount > 100)) {
      lineProblems.discount = "0 to 100"
    }
    if (Object.keys(lineProblems).length) problems.lines[line.key] = lineProblems
  }
  return problems
}

export const hasProblems = (problems: DraftProblems) =>
  Object.keys(problems).some((key) => key !== "lines") || Object.keys(problems.lines).length > 0

/** The freight the quote will carry: what staff typed, else the chosen option's flat price. */
export function draftShippingAmount(draft: QuoteDraft, optionAmount: number | null): number | null {
  const typed = parseNumber(draft.shipping_amount)
  if (typed != null) return Math.max(0, typed)
  return draft.shipping_option_id ? optionAmount : null
}

/**
 * The live totals, from the same function the server uses; unparsable numbers
 * count as 0. Tax is left out: Medusa's Tax Module computes it for the shipping
 * address when the quote is saved.
 */
export function draftTotals(
  draft: QuoteDraft,
  shippingAmount: number | null = null
): QuoteTotals | null {
  if (!draft.currency_code) return null
  const deposit = parseNumber(draft.deposit_value)
  return computeQuoteTotals({
    currency_code: draft.currency_code,
    items: draft.lines.map((line) => ({
      id: line.key,
      quantity: Math.max(0, Math.trunc(parseNumber(line.quantity) ?? 0)),
      unit_price: Math.max(0, parseNumber(line.unit_price) ?? 0),
      discount_percent: Math.min(100, Math.max(0, parseNumber(line.discount_percent) ?? 0)),
      is_optional: line.is_optional,
      is_selected: line.is_selected,
    })),
    shipping: shippingAmount != null ? { amount: shippingAmount } : null,
    deposit_percent: draft.deposit_mode === "percent" ? deposit : null,
    deposit_amount: draft.deposit_mode === "amount" ? deposit : null,
  })
}

function lineInput(line: LineDraft, position: number): QuoteItemInput {
  return {
    variant_id: line.variant_id,
    title: line.title.trim(),
    quantity: parseNumber(line.quantity)!,
    unit_price: parseNumber(line.unit_price)!,
    discount_percent: parseNumber(line.discount_percent) ?? 0,
    is_optional: line.is_optional,
    is_selected: line.is_optional ? line.is_selected : true,
    position,
  }
}

type TermsDraftInput = Required<
  Omit<QuoteTermsInput, "sales_channel_id" | "shipping_address_id" | "company_id">
> &
  Pick<QuoteTermsInput, "shipping_address_id" | "company_id">

function termsInput(draft: QuoteDraft): TermsDraftInput {
  const deposit = parseNumber(draft.deposit_value)
  return {
    assigned_user_ids: [...draft.assigned_user_ids].sort(),
    shipping_address_id: draft.shipping_address_id || undefined,
    company_id: draft.company_id,
    shipping_option_id: draft.shipping_option_id,
    shipping_amount: parseNumber(draft.shipping_amount),
    region_id: draft.region_id,
    valid_until: draft.valid_until ? endOfDay(draft.valid_until).toISOString() : null,
    deposit_percent: draft.deposit_mode === "percent" ? deposit : null,
    deposit_amount: draft.deposit_mode === "amount" ? deposit : null,
    terms: draft.terms.trim() || null,
    language: draft.language,
    internal_note: draft.internal_note.trim() || null,
    agreement_template_id: draft.agreement_template_id,
  }
}

/** The create request for a valid draft. */
export function createQuoteInput(
  draft: QuoteDraft,
  salesChannelId: string | null
): CreateQuoteInput {
  return {
    ...termsInput(draft),
    sales_channel_id: salesChannelId,
    customer_id: draft.customer!.id,
    currency_code: draft.currency_code,
    items: draft.lines.map(lineInput),
  }
}

const sameItem = (input: QuoteItemInput, item: QuoteItem) =>
  input.title === item.title &&
  input.quantity === item.quantity &&
  input.unit_price === Number(item.unit_price) &&
  (input.discount_percent ?? 0) === Number(item.discount_percent ?? 0) &&
  input.is_optional === item.is_optional &&
  input.is_selected === item.is_selected &&
  input.position === item.position

/** What an edit changes, and only that: the timeline then names the fields that really changed. */
export function quoteChanges(draft: QuoteDraft, quote: QuoteDetail): QuoteChanges {
  const next = termsInput(draft)
  const before = termsInput(draftFromQuote(quote))
  const terms: QuoteTermsInput = {}
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b) ? a.join() === b.join() : a === b
  for (const key of Object.keys(next) as Array<keyof typeof next>) {
    if (!same(next[key], before[key])) (terms as Record<string, unknown>)[key] = next[key]
  }
  // Cleared freight falls back to the option's price; with no option either, nothing ships.
  if ("shipping_amount" in terms && terms.shipping_amount == null && !next.shipping_option_id) {
    terms.shipping_option_id = null
  }
  // The API takes one deposit form at a time; switching sends both, one of them null.
  if ("deposit_percent" in terms || "deposit_amount" in terms) {
    terms.deposit_percent = next.deposit_percent
    terms.deposit_amount = next.deposit_amount
  }

  const items = new Map(quote.items.map((item) => [item.id, item]))
  const kept = new Set(draft.lines.flatMap((line) => (line.id ? [line.id] : [])))
  const added: QuoteItemInput[] = []
  const updated: QuoteChanges["updated"] = []
  draft.lines.forEach((line, position) => {
    const input = lineInput(line, position)
    const existing = line.id ? items.get(line.id) : undefined
    if (!existing) added.push(input)
    else if (!sameItem(input, existing)) {
      const { variant_id: _variant, ...changes } = input
      updated.push({ id: existing.id, ...changes })
    }
  })
  return {
    terms,
    added,
    updated,
    removed: quote.items.filter((item) => !kept.has(item.id)).map((item) => item.id),
  }
}
