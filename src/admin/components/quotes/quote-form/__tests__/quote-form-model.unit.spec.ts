import { computeQuoteTotals } from "../../../../../shared/quote-totals"
import type { QuoteDetail, QuoteItem } from "../../../../hooks/quotes"
import type { VariantOption } from "../../../../hooks/variants"
import {
  createQuoteInput,
  draftFromQuote,
  draftShippingAmount,
  draftTotals,
  emptyLine,
  hasProblems,
  lineFromVariant,
  newQuoteDraft,
  type QuoteDraft,
  quoteChanges,
  validateQuoteDraft,
  withLine,
  withRegion,
} from "../quote-form-model"

const customer = {
  id: "cus_1",
  email: "ada@example.com",
  first_name: "Ada",
  last_name: "Lovelace",
  company_name: null,
}
const TODAY = new Date(2026, 5, 15, 12)

const blankDraft = (changes: Partial<QuoteDraft> = {}) =>
  newQuoteDraft({ customer, region_id: "reg_eu", currency_code: "eur", ...changes })

const line = (changes: Partial<QuoteDraft["lines"][number]> = {}) => ({
  ...emptyLine(),
  title: "Widget",
  quantity: "2",
  unit_price: "10",
  ...changes,
})

/** A widget sold in tiers: 10 € each, 8 € from 10 up, and 9 € in the EU region. */
const widget: VariantOption = {
  id: "variant_widget",
  product_title: "Widget",
  title: "Default variant",
  sku: "W-1",
  thumbnail: null,
  prices: [
    { amount: 10, currency_code: "eur", min_quantity: null, max_quantity: null },
    { amount: 8, currency_code: "eur", min_quantity: 10, max_quantity: null },
    { amount: 12, currency_code: "usd", min_quantity: null, max_quantity: null },
    {
      amount: 9,
      currency_code: "eur",
      min_quantity: null,
      max_quantity: null,
      rules: { region_id: "reg_de" },
    },
  ],
}

function item(id: string, position: number, changes: Partial<QuoteItem> = {}): QuoteItem {
  return {
    id,
    product_id: null,
    variant_id: null,
    title: `Line ${id}`,
    description: null,
    sku: null,
    thumbnail: null,
    quantity: 1,
    unit_price: 100,
    discount_percent: null,
    is_optional: false,
    is_selected: true,
    position,
    tax_lines: null,
    adjustments: null,
    ...changes,
  }
}

function savedQuote(changes: Partial<QuoteDetail> = {}): QuoteDetail {
  const items = changes.items ?? [item("qi_1", 0), item("qi_2", 1, { quantity: 3 })]
  return {
    id: "quote_1",
    number: "Q-0001",
    display_number: 1,
    status: "draft",
    customer_id: customer.id,
    customer_email: customer.email,
    company_id: null,
    region_id: "reg_eu",
    sales_channel_id: "sc_1",
    currency_code: "eur",
    valid_until: null,
    deposit_percent: 30,
    deposit_amount: null,
    terms: "Net 30",
    language: null,
    internal_note: null,
    agreement_template_id: null,
    assigned_user_ids: ["user_b", "user_a"],
    shipping_address: null,
    shipping_option_id: "so_flat",
    shipping_method_name: "Flat",
    shipping_amount: 15,
    shipping_tax_lines: null,
    order_id: null,
    sent_at: null,
    accepted_at: null,
    declined_at: null,
    decline_reason: null,
    cancelled_at: null,
    expired_at: null,
    last_viewed_at: null,
    created_at: "2026-06-01T00:00:00.000Z",
    updated_at: "2026-06-01T00:00:00.000Z",
    customer,
    messages: [],
    events: [],
    links: [],
    order: null,
    actions: { edit: true, send: true, cancel: true, duplicate: true, take_up: false },
    signed_agreement: null,
    ...changes,
    items,
    totals: computeQuoteTotals({ currency_code: "eur", items }),
  }
}

describe("the quote form model", () => {
  it("says in words what a draft lacks, field by field and line by line", () => {
    const bad = line({ title: " ", quantity: "1.5", unit_price: "-1", discount_percent: "120" })
    const problems = validateQuoteDraft(
      blankDraft({
        customer: null,
        region_id: "",
        valid_until: "2026-06-14",
        deposit_mode: "percent",
        deposit_value: "0",
        shipping_amount: "-5",
        lines: [bad, line()],
      }),
      TODAY
    )
    expect(problems).toEqual({
      customer: "Choose the customer the quote is for",
      region: "Choose a region: it sets the quote's currency",
      valid_until: "Pick today or a later date",
      deposit: "Give a deposit percentage above 0 and at most 100",
      shipping_amount: "Give the freight as an amount of 0 or more",
      lines: {
        [bad.key]: {
          title: "Give the line a title",
          quantity: "Whole number, 1 or more",
          unit_price: "Price of 0 or more",
          discount: "0 to 100",
        },
      },
    })
    expect(hasProblems(problems)).toBe(true)
  })

  it("accepts today as the last valid day, a decimal comma and an amount deposit of 0", () => {
    const problems = validateQuoteDraft(
      blankDraft({
        valid_until: "2026-06-15",
        deposit_mode: "amount",
        deposit_value: "0",
        lines: [line({ unit_price: "9,50" })],
      }),
      TODAY
    )
    expect(problems).toEqual({ lines: {} })
    expect(hasProblems(problems)).toBe(false)
  })

  it("turns a valid draft into the create request the API takes", () => {
    const optional = line({ title: " Spare ", is_optional: true, is_selected: false })
    const draft = blankDraft({
      valid_until: "2026-07-01",
      deposit_mode: "percent",
      deposit_value: "25",
      terms: "  ",
      language: "de",
      internal_note: " call first ",
      assigned_user_ids: ["user_b", "user_a"],
      shipping_option_id: "so_flat",
      lines: [line({ discount_percent: "" }), optional],
    })
    expect(createQuoteInput(draft, "sc_default")).toEqual({
      customer_id: "cus_1",
      currency_code: "eur",
      sales_channel_id: "sc_default",
      region_id: "reg_eu",
      company_id: undefined,
      shipping_address_id: undefined,
      shipping_option_id: "so_flat",
      shipping_amount: null,
      valid_until: new Date("2026-07-01T23:59:59").toISOString(),
      deposit_percent: 25,
      deposit_amount: null,
      terms: null,
      language: "de",
      internal_note: "call first",
      agreement_template_id: null,
      assigned_user_ids: ["user_a", "user_b"],
      items: [
        {
          variant_id: null,
          title: "Widget",
          quantity: 2,
          unit_price: 10,
          discount_percent: 0,
          is_optional: false,
          is_selected: true,
          position: 0,
        },
        {
          variant_id: null,
          title: "Spare",
          quantity: 2,
          unit_price: 10,
          discount_percent: 0,
          is_optional: true,
          is_selected: false,
          position: 1,
        },
      ],
    })
  })

  it("sends nothing for an edit that changes nothing", () => {
    const quote = savedQuote()
    expect(quoteChanges(draftFromQuote(quote), quote)).toEqual({
      terms: {},
      added: [],
      updated: [],
      removed: [],
    })
  })

  it("sends only the changed terms and lines of an edit", () => {
    const quote = savedQuote()
    const draft = draftFromQuote(quote)
    const [first] = draft.lines
    const edited: QuoteDraft = {
      ...draft,
      terms: "Net 45",
      lines: [{ ...first, quantity: "4" }, line({ title: "New" })],
    }
    const changes = quoteChanges(edited, quote)
    expect(changes.terms).toEqual({ terms: "Net 45" })
    expect(changes.updated).toEqual([
      {
        id: "qi_1",
        title: "Line qi_1",
        quantity: 4,
        unit_price: 100,
        discount_percent: 0,
        is_optional: false,
        is_selected: true,
        position: 0,
      },
    ])
    expect(changes.added).toEqual([expect.objectContaining({ title: "New", position: 1 })])
    expect(changes.removed).toEqual(["qi_2"])
  })

  it("sends both deposit forms when the deposit switches between percent and amount", () => {
    const quote = savedQuote()
    const draft = { ...draftFromQuote(quote), deposit_mode: "amount" as const, deposit_value: "50" }
    expect(quoteChanges(draft, quote).terms).toEqual({ deposit_percent: null, deposit_amount: 50 })
  })

  it("drops the shipping method when staff clear the freight of a quote without an option", () => {
    const quote = savedQuote({ shipping_option_id: null, shipping_method_name: null })
    const draft = { ...draftFromQuote(quote), shipping_amount: "" }
    expect(quoteChanges(draft, quote).terms).toEqual({
      shipping_amount: null,
      shipping_option_id: null,
    })
  })

  it("prices a catalog line for the region and follows the quantity tier until staff type a price", () => {
    const start = lineFromVariant(widget, { currency_code: "eur", region_id: "reg_eu" })
    expect(start).toMatchObject({ title: "Widget", sku: "W-1", unit_price: "10" })

    let draft = blankDraft({ lines: [start] })
    draft = withLine(draft, start.key, { ...start, quantity: "12" })
    expect(draft.lines[0].unit_price).toBe("8")

    draft = withRegion(draft, { id: "reg_de", currency_code: "eur" })
    expect(draft.lines[0].unit_price).toBe("9")

    draft = withRegion(draft, { id: "reg_us", currency_code: "usd" })
    expect(draft).toMatchObject({ region_id: "reg_us", currency_code: "usd" })
    expect(draft.lines[0].unit_price).toBe("12")

    const typed = { ...draft.lines[0], unit_price: "7", price_from_catalog: false }
    draft = withLine(draft, typed.key, { ...typed, quantity: "20" })
    expect(draft.lines[0].unit_price).toBe("7")
  })

  it("charges typed freight over the option's price, and the option's price otherwise", () => {
    expect(draftShippingAmount(blankDraft({ shipping_option_id: "so_flat" }), 12)).toBe(12)
    expect(
      draftShippingAmount(blankDraft({ shipping_option_id: "so_flat", shipping_amount: "5" }), 12)
    ).toBe(5)
    expect(draftShippingAmount(blankDraft(), 12)).toBeNull()

    const totals = draftTotals(
      blankDraft({
        deposit_mode: "percent",
        deposit_value: "50",
        lines: [line({ quantity: "3", unit_price: "10", discount_percent: "10" })],
      }),
      5
    )
    expect(totals).toMatchObject({
      subtotal: 30,
      discount_total: 3,
      shipping_total: 5,
      total: 32,
      deposit_due: 16,
    })
  })
})
