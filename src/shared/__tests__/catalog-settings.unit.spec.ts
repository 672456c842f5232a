import { catalogStock, lineTotals, netUnitAmount, priceBreaks, stockStatus } from "../catalog"
import { notificationRecipients, settleOrdering } from "../portal-settings"

describe("settleOrdering", () => {
  const shown = { hide_prices: false, allow_place_order: true }
  const hidden = { hide_prices: true, allow_place_order: false }

  it("turns placing orders off with prices", () => {
    expect(settleOrdering(shown, { hide_prices: true })).toEqual({
      changes: { hide_prices: true, allow_place_order: false },
    })
  })

  it("refuses placing orders while prices are hidden", () => {
    expect(settleOrdering(hidden, { allow_place_order: true }).error).toMatch(/hide_prices/)
    expect(
      settleOrdering(shown, { hide_prices: true, allow_place_order: true }).error
    ).toBeDefined()
  })

  it("lets both back on together, and leaves other changes alone", () => {
    const both = { hide_prices: false, allow_place_order: true }
    expect(settleOrdering(hidden, both)).toEqual({ changes: both })
    expect(settleOrdering(hidden, { show_incoming: true } as never)).toEqual({
      changes: { show_incoming: true },
    })
  })
})

describe("notificationRecipients", () => {
  it("reads a plain list of user ids as those users with the default template", () => {
    const read = notificationRecipients({ quote_viewed: ["user_1", "user_1", 3] })
    expect(read.quote_viewed).toEqual({ user_ids: ["user_1"], staff_group_ids: [], template: null })
    expect(read.order_placed).toEqual({ user_ids: [], staff_group_ids: [], template: null })
  })

  it("keeps groups and a template, a blank template being the default", () => {
    const read = notificationRecipients({
      quote_requested: { user_ids: [], staff_group_ids: ["psgrp_1"], template: "ops" },
      order_placed: { template: "" },
    })
    expect(read.quote_requested).toEqual({
      user_ids: [],
      staff_group_ids: ["psgrp_1"],
      template: "ops",
    })
    expect(read.order_placed.template).toBeNull()
  })
})

describe("catalog stock", () => {
  const settings = {
    stock_display: "indication" as const,
    low_stock_threshold: 5,
    show_incoming: false,
  }

  it("is low at the threshold, out at zero, in stock above or untracked", () => {
    expect([6, 5, 1, 0, -2, null].map((n) => stockStatus(n, 5))).toEqual([
      "in_stock",
      "low",
      "low",
      "out_of_stock",
      "out_of_stock",
      "in_stock",
    ])
  })

  it("shows nothing when off, the number, or the indication with incoming", () => {
    const levels = { available: 4, incoming: 9 }
    expect(catalogStock(levels, { ...settings, stock_display: "off" })).toBeUndefined()
    expect(catalogStock(levels, { ...settings, stock_display: "number" })).toEqual({
      available_quantity: 4,
    })
    expect(catalogStock(levels, { ...settings, show_incoming: true })).toEqual({
      status: "low",
      incoming_quantity: 9,
      incoming_expected_at: null,
    })
  })

  it("gives the incoming quantity its expected date, only while incoming shows", () => {
    const levels = { available: 4, incoming: 9, expected_at: "2026-12-15" }
    expect(catalogStock(levels, { ...settings, show_incoming: true })).toEqual({
      status: "low",
      incoming_quantity: 9,
      incoming_expected_at: "2026-12-15",
    })
    expect(catalogStock(levels, settings)).toEqual({ status: "low" })
    expect(
      catalogStock(
        { available: null, incoming: null, expected_at: "2026-12-15" },
        {
          ...settings,
          show_incoming: true,
        }
      )
    ).toEqual({ status: "in_stock" })
  })
})

describe("priceBreaks", () => {
  it("makes one row per run of the same amount, the last open-ended", () => {
    expect(
      priceBreaks([
        { quantity: 50, amount: 80 },
        { quantity: 1, amount: 100 },
        { quantity: 10, amount: 90 },
        { quantity: 25, amount: 90 },
      ])
    ).toEqual([
      { min_quantity: 1, max_quantity: 9, amount: 100, net_amount: 100 },
      { min_quantity: 10, max_quantity: 49, amount: 90, net_amount: 90 },
      { min_quantity: 50, max_quantity: null, amount: 80, net_amount: 80 },
    ])
    expect(priceBreaks([])).toEqual([])
  })

  it("carries the net amount, and a new net amount starts a row", () => {
    expect(
      priceBreaks([
        { quantity: 1, amount: 100, net_amount: 90 },
        { quantity: 10, amount: 100, net_amount: 85 },
      ])
    ).toEqual([
      { min_quantity: 1, max_quantity: 9, amount: 100, net_amount: 90 },
      { min_quantity: 10, max_quantity: null, amount: 100, net_amount: 85 },
    ])
  })
})

describe("netUnitAmount", () => {
  it("takes the per-unit adjustment off and rounds to the minor unit", () => {
    // 33.33 less 10 %, then 15 % of the rest: 25.49745 → 25.50
    expect(netUnitAmount(33.33, 9, 33.33 * 9 * (1 - 0.9 * 0.85), "usd")).toBe(25.5)
    expect(netUnitAmount(1000, 3, 100, "jpy")).toBe(967)
    expect(netUnitAmount(10, 1, 0, "eur")).toBe(10)
  })
})

describe("lineTotals", () => {
  it("rounds the line once, as Medusa's cart totals it, not the net unit price times the quantity", () => {
    // 12 × 63.48 less 10 %, then 15 % of the rest: 761.76 × 0.765 = 582.7464 → 582.75,
    // where the rounded net unit price (48.56) × 12 would say 582.72.
    const adjustment = 761.76 * (1 - 0.9 * 0.85)
    expect(
      lineTotals({ unit_price: 63.48, quantity: 12, adjustment_total: adjustment }, "usd")
    ).toEqual({
      quantity: 12,
      unit_price: 63.48,
      subtotal: 761.76,
      discount_total: 179.01,
      total: 582.75,
    })
    expect(netUnitAmount(63.48, 12, adjustment, "usd") * 12).toBeCloseTo(582.72, 6)
    expect(lineTotals({ unit_price: 1000, quantity: 3, adjustment_total: 100.4 }, "jpy")).toEqual({
      quantity: 3,
      unit_price: 1000,
      subtotal: 3000,
      discount_total: 100,
      total: 2900,
    })
    // Medusa's own subtotal wins when given (a tax-inclusive price's is net of tax).
    expect(
      lineTotals({ unit_price: 10, quantity: 2, subtotal: 18.18, adjustment_total: 0 }, "eur")
    ).toMatchObject({ subtotal: 18.18, total: 18.18, discount_total: 0 })
  })
})
