import { hiddenFieldsFor, withoutHiddenFields } from "../hidden-fields"

const cart = {
  id: "cart_1",
  total: 1000,
  raw_total: { value: "1000", precision: 20 },
  promotions: [{ code: "TEN", application_method: { value: 10, type: "percentage" } }],
  items: [
    {
      id: "item_1",
      quantity: 2,
      unit_price: 500,
      adjustments: [{ code: "TEN", amount: 100 }],
      variant: { inventory_quantity: 7, manage_inventory: true, options: [{ value: "Red" }] },
    },
  ],
  created_at: new Date("2026-01-01T00:00:00Z"),
}

describe("hiddenFieldsFor", () => {
  it("hides nothing only when prices show, stock is a number and incoming shows", () => {
    expect(
      hiddenFieldsFor({ hide_prices: false, stock_display: "number", show_incoming: true })
    ).toBeNull()
    expect(
      hiddenFieldsFor({ hide_prices: false, stock_display: "indication", show_incoming: true })
    ).toEqual({ prices: false, stock: true, incoming: true })
    expect(
      hiddenFieldsFor({ hide_prices: true, stock_display: "number", show_incoming: false })
    ).toEqual({ prices: true, stock: false, incoming: true })
  })
})

describe("withoutHiddenFields", () => {
  it("drops amounts and stock at any depth and keeps the rest as JSON would", () => {
    const hidden = withoutHiddenFields(cart, { prices: true, stock: true, incoming: true })
    expect(JSON.parse(JSON.stringify(hidden))).toEqual({
      id: "cart_1",
      promotions: [{ code: "TEN" }],
      items: [
        {
          id: "item_1",
          quantity: 2,
          adjustments: [{ code: "TEN" }],
          variant: { manage_inventory: true, options: [{ value: "Red" }] },
        },
      ],
      created_at: "2026-01-01T00:00:00.000Z",
    })
  })

  it("keeps everything the rule does not hide, and leaves the input alone", () => {
    const hidden = withoutHiddenFields(cart, { prices: false, stock: true, incoming: true })
    expect(JSON.stringify(hidden)).toContain('"unit_price":500')
    expect(JSON.stringify(hidden)).not.toContain("inventory_quantity")
    expect(cart.items[0].variant.inventory_quantity).toBe(7)
  })

  it("walks deep nesting without recursion and keeps shared objects and cycles as they were", () => {
    let deep: Record<string, unknown> = { total: 1 }
    for (let i = 0; i < 100_000; i++) deep = { next: deep }
    expect(() =>
      withoutHiddenFields(deep, { prices: true, stock: false, incoming: false })
    ).not.toThrow()
    const shared = { id: "x", amount: 1 }
    const copy = withoutHiddenFields([shared, shared], {
      prices: true,
      stock: false,
      incoming: false,
    }) as unknown[]
    expect(copy[0]).toBe(copy[1])
    const cycle: Record<string, unknown> = { id: "c" }
    cycle.self = cycle
    const copied = withoutHiddenFields(cycle, { prices: true, stock: false, incoming: false })
    expect(() => JSON.stringify(copied)).toThrow()
  })
})

describe("incoming stock", () => {
  const stock = {
    variant: {
      inventory_quantity: 4,
      stock: { status: "low", incoming_quantity: 9, incoming_expected_at: "2026-12-15" },
    },
  }

  it("hides the expected date with the incoming quantity, and keeps both when incoming shows", () => {
    const text = (hidden: { prices: boolean; stock: boolean; incoming: boolean }) =>
      JSON.stringify(withoutHiddenFields(stock, hidden))
    expect(text({ prices: false, stock: false, incoming: true })).toBe(
      '{"variant":{"inventory_quantity":4,"stock":{"status":"low"}}}'
    )
    expect(text({ prices: false, stock: true, incoming: false })).toBe(
      '{"variant":{"stock":{"status":"low"}}}'
    )
    expect(text({ prices: true, stock: false, incoming: false })).toContain(
      '"incoming_expected_at":"2026-12-15"'
    )
  })
})
