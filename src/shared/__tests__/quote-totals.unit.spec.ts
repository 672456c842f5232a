import { computeQuoteTotals, currencyDecimals, QuoteTotalsItemInput } from "../quote-totals"

const item = (overrides: Partial<QuoteTotalsItemInput> & { id: string }): QuoteTotalsItemInput => ({
  quantity: 1,
  unit_price: 10,
  is_optional: false,
  is_selected: true,
  ...overrides,
})

describe("computeQuoteTotals", () => {
  it("counts required items and selected optional items only", () => {
    const totals = computeQuoteTotals({
      currency_code: "eur",
      items: [
        item({ id: "a", quantity: 2, unit_price: 100 }),
        item({ id: "b", unit_price: 50, is_optional: true, is_selected: true }),
        item({ id: "c", unit_price: 30, is_optional: true, is_selected: false }),
      ],
    })
    expect(totals.subtotal).toBe(250)
    expect(totals.total).toBe(250)
    expect(totals.items.map((l) => l.included)).toEqual([true, true, false])
  })

  it("lets an explicit selection override the stored flags of optional items", () => {
    const totals = computeQuoteTotals({
      currency_code: "eur",
      items: [
        item({ id: "a", unit_price: 100 }),
        item({ id: "b", unit_price: 50, is_optional: true, is_selected: true }),
        item({ id: "c", unit_price: 30, is_optional: true, is_selected: false }),
      ],
      selected_item_ids: ["c"],
    })
    expect(totals.total).toBe(130)
  })

  it("never lets a selection drop a required item", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [item({ id: "a", unit_price: 100 })],
      selected_item_ids: [],
    })
    expect(totals.total).toBe(100)
  })

  it("rounds discounted unit prices half up to cents, then multiplies by quantity", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      // 19.99 less 15% = 16.9915 -> 16.99 a unit
      items: [item({ id: "a", quantity: 3, unit_price: 19.99, discount_percent: 15 })],
    })
    expect(totals.items[0].discounted_unit_price).toBe(16.99)
    expect(totals.subtotal).toBe(59.97)
    expect(totals.discount_total).toBe(9)
    expect(totals.total).toBe(50.97)
  })

  it("adds decimal money without floating point drift", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [item({ id: "a", unit_price: 0.1 }), item({ id: "b", unit_price: 0.2 })],
    })
    expect(totals.total).toBe(0.3)
  })

  it("rounds to whole yen for JPY", () => {
    expect(currencyDecimals("jpy")).toBe(0)
    const totals = computeQuoteTotals({
      currency_code: "jpy",
      // 1,234 less 10% = 1,110.6 -> 1,111 a unit; tax 8% of 2,222 = 177.76 -> 178
      items: [
        item({
          id: "a",
          quantity: 2,
          unit_price: 1234,
          discount_percent: 10,
          tax_lines: [{ rate: 8, code: "JP" }],
        }),
      ],
      deposit_percent: 33,
    })
    expect(totals.items[0].discounted_unit_price).toBe(1111)
    expect(totals.tax_total).toBe(178)
    expect(totals.total).toBe(2400)
    expect(totals.deposit_due).toBe(792)
  })

  it("rounds to three decimals for KWD", () => {
    expect(currencyDecimals("KWD")).toBe(3)
    const totals = computeQuoteTotals({
      currency_code: "kwd",
      items: [item({ id: "a", unit_price: 1.2345 })],
    })
    expect(totals.total).toBe(1.235)
  })

  it("charges tax on the discounted subtotal, rounded once", () => {
    const totals = computeQuoteTotals({
      currency_code: "eur",
      items: [
        item({ id: "a", unit_price: 10.05, discount_percent: 50, tax_lines: [{ rate: 19 }] }),
        item({ id: "b", unit_price: 10.05, discount_percent: 50, tax_lines: [{ rate: 19 }] }),
      ],
    })
    // 5.03 (5.025 rounded half up) twice = 10.06; 19% = 1.9114 -> 1.91
    expect(totals.subtotal).toBe(20.1)
    expect(totals.tax_total).toBe(1.91)
    expect(totals.total).toBe(11.97)
  })

  it("computes a percentage deposit of the total", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [item({ id: "a", unit_price: 333.33 })],
      deposit_percent: 30,
    })
    expect(totals.deposit_due).toBe(100)
  })

  it("caps a fixed deposit at the total", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [item({ id: "a", unit_price: 80 })],
      deposit_amount: 100,
    })
    expect(totals.deposit_due).toBe(80)
  })

  it("returns zero totals for a quote with nothing selected", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [item({ id: "a", is_optional: true, is_selected: false })],
      deposit_percent: 50,
    })
    expect(totals).toMatchObject({ subtotal: 0, tax_total: 0, total: 0, deposit_due: 0 })
  })

  it("taxes each line at its own rates and rounds the sum once, as Medusa's order does", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [
        // 3 x 3.33 = 9.99 at 8.875% (state 6.25 + local 2.625) = 0.8866125
        item({
          id: "a",
          quantity: 3,
          unit_price: 3.33,
          tax_lines: [{ rate: 6.25 }, { rate: 2.625 }],
        }),
        // zero-rated line
        item({ id: "b", unit_price: 5, tax_lines: [] }),
        // 1.11 at 8.875% = 0.0985125
        item({ id: "c", unit_price: 1.11, tax_lines: [{ rate: 8.875 }] }),
      ],
    })
    expect(totals.items.map((line) => line.tax_rate)).toEqual([8.875, 0, 8.875])
    // Per line rounded for display: 0.89 and 0.10; the sum 0.985125 rounds to 0.99.
    expect(totals.items.map((line) => line.tax_total)).toEqual([0.89, 0, 0.1])
    expect(totals.tax_total).toBe(0.99)
    // 16.10 + 0.985125 = 17.085125 -> 17.09
    expect(totals.total).toBe(17.09)
  })

  it("takes promotions off the line before tax, and taxes shipping by its own lines", () => {
    const totals = computeQuoteTotals({
      currency_code: "eur",
      items: [
        item({
          id: "a",
          quantity: 2,
          unit_price: 100,
          tax_lines: [{ rate: 20 }],
          adjustments: [{ amount: 20, code: "SPRING" }],
        }),
      ],
      shipping: { amount: 15, tax_lines: [{ rate: 20 }], adjustments: [{ amount: 5 }] },
      deposit_percent: 10,
    })
    expect(totals.items[0]).toMatchObject({ promotion_total: 20, total: 180, tax_total: 36 })
    expect(totals).toMatchObject({
      subtotal: 200,
      promotion_total: 25,
      discount_total: 25,
      shipping_total: 15,
      // 180 + 36 + (15 - 5) + 2
      tax_total: 38,
      total: 228,
      deposit_due: 22.8,
    })
  })

  it("never takes a promotion beyond the line", () => {
    const totals = computeQuoteTotals({
      currency_code: "usd",
      items: [item({ id: "a", unit_price: 10, adjustments: [{ amount: 25 }] })],
    })
    expect(totals.total).toBe(0)
  })
})
