import { type CatalogPrice, catalogUnitPrice } from "../catalog-price"

const usd = (amount: number, extra: Partial<CatalogPrice> = {}): CatalogPrice => ({
  amount,
  currency_code: "usd",
  min_quantity: null,
  max_quantity: null,
  ...extra,
})

describe("the catalog unit price a quote line starts with", () => {
  const context = { currency_code: "usd", region_id: "reg_us", quantity: 1 }

  it("takes the variant's plain price in the quote's currency", () => {
    expect(catalogUnitPrice([{ ...usd(12), currency_code: "eur" }, usd(10)], context)).toBe(10)
  })

  it("prefers the price set for the quote's region", () => {
    const prices = [usd(10), usd(9, { rules: { region_id: "reg_us" } })]
    expect(catalogUnitPrice(prices, context)).toBe(9)
    expect(catalogUnitPrice(prices, { ...context, region_id: "reg_eu" })).toBe(10)
  })

  it("follows the quantity tiers", () => {
    const prices = [
      usd(10),
      usd(8, { min_quantity: 10, max_quantity: 49 }),
      usd(7, { min_quantity: 50 }),
    ]
    expect(catalogUnitPrice(prices, { ...context, quantity: 9 })).toBe(10)
    expect(catalogUnitPrice(prices, { ...context, quantity: 10 })).toBe(8)
    expect(catalogUnitPrice(prices, { ...context, quantity: 80 })).toBe(7)
  })

  it("ignores prices with other rules, and answers null without a price in the currency", () => {
    expect(catalogUnitPrice([usd(5, { rules: { customer_group_id: "cg_1" } })], context)).toBeNull()
    expect(catalogUnitPrice([{ ...usd(12), currency_code: "eur" }], context)).toBeNull()
    expect(catalogUnitPrice(null, context)).toBeNull()
  })
})
