import BigNumber from "bignumber.js"
import { computeQuoteTotals } from "../quote-totals"
import {
  formatTotalsAmount,
  presentOrderTotals,
  presentQuoteTotals,
  type TotalsRow,
} from "../totals-presentation"

/** subtotal − discounts + shipping − credit + tax, exactly. */
function sumOfRows(rows: TotalsRow[]): number {
  const add = ["subtotal", "shipping", "tax"]
  const sub = ["discount", "credit"]
  return rows
    .reduce((sum, row) => {
      if (add.includes(row.key)) return sum.plus(row.amount)
      if (sub.includes(row.key)) return sum.minus(row.amount)
      return sum
    }, new BigNumber(0))
    .toNumber()
}

const amount = (rows: TotalsRow[], key: TotalsRow["key"]) => rows.find((r) => r.key === key)?.amount

describe("presentQuoteTotals", () => {
  const items = [
    { id: "a", title: "Pallet rack", quantity: 24, unit_price: 145, discount_percent: 10 },
    { id: "b", title: "Install", quantity: 1, unit_price: 1999.99 },
    { id: "c", title: "Optional", quantity: 3, unit_price: 50, is_optional: true },
  ]
  const totals = computeQuoteTotals({
    currency_code: "usd",
    items: items.map((item) => ({
      is_optional: false,
      is_selected: false,
      tax_lines: [{ rate: 7.25 }],
      ...item,
      adjustments: item.id === "b" ? [{ amount: 100.005, code: "AUTO" }] : [],
    })),
    shipping: { amount: 95, tax_lines: [{ rate: 7.25 }], adjustments: [{ amount: 5 }] },
    deposit_percent: 30,
  })
  const presented = presentQuoteTotals(totals, items, {
    shipping_label: "Freight",
    deposit_percent: 30,
  })

  it("prints item lines pre-tax with the quote's discount, adding up to the subtotal", () => {
    expect(presented.lines).toEqual([
      expect.objectContaining({
        title: "Pallet rack",
        quantity: 24,
        unit_price: 145,
        discount: 348,
        total: 3132,
      }),
      expect.objectContaining({
        title: "Install",
        unit_price: 1999.99,
        discount: 0,
        total: 1999.99,
      }),
    ])
    expect(amount(presented.rows, "subtotal")).toBe(5131.99)
  })

  it("orders the rows and makes them add up to the total, to the cent", () => {
    expect(presented.rows.map((row) => [row.key, row.label])).toEqual([
      ["subtotal", "Subtotal"],
      ["discount", "Discounts"],
      ["shipping", "Shipping (Freight)"],
      ["tax", "Tax"],
      ["total", "Total"],
      ["deposit", "Deposit (30%)"],
    ])
    expect(amount(presented.rows, "shipping")).toBe(95)
    expect(amount(presented.rows, "total")).toBe(totals.total)
    expect(amount(presented.rows, "tax")).toBe(totals.tax_total)
    expect(amount(presented.rows, "deposit")).toBe(totals.deposit_due)
    expect(sumOfRows(presented.rows)).toBe(totals.total)
  })

  it("adds up for a zero-decimal currency and leaves out what does not apply", () => {
    const yen = computeQuoteTotals({
      currency_code: "jpy",
      items: [
        {
          id: "a",
          quantity: 3,
          unit_price: 3333,
          discount_percent: 15,
          is_optional: false,
          is_selected: true,
          tax_lines: [{ rate: 10 }],
        },
      ],
    })
    const { rows, lines } = presentQuoteTotals(yen, [{ id: "a", title: "A", quantity: 3 }])
    expect(rows.map((row) => row.key)).toEqual(["subtotal", "tax", "total"])
    expect(lines[0]).toMatchObject({ unit_price: 3333, discount: 1500, total: 8499 })
    expect(rows.every((row) => Number.isInteger(row.amount))).toBe(true)
    expect(sumOfRows(rows)).toBe(yen.total)
  })

  it("names the shipping method on its row, unless it is called shipping", () => {
    const some = computeQuoteTotals({
      currency_code: "eur",
      items: [{ id: "a", quantity: 1, unit_price: 10, is_optional: false, is_selected: true }],
      shipping: { amount: 5 },
    })
    const label = (name: string) =>
      presentQuoteTotals(some, [], { shipping_label: name }).rows.find((r) => r.key === "shipping")
        ?.label
    expect(label("Freight")).toBe("Shipping (Freight)")
    expect(label("Shipping")).toBe("Shipping")
  })

  it("shows a free shipping method as a shipping row", () => {
    const free = computeQuoteTotals({
      currency_code: "eur",
      items: [{ id: "a", quantity: 1, unit_price: 10, is_optional: false, is_selected: true }],
    })
    const { rows } = presentQuoteTotals(free, [], { show_shipping: true })
    expect(rows.find((row) => row.key === "shipping")).toEqual({
      key: "shipping",
      label: "Shipping",
      amount: 0,
    })
  })
})

describe("presentOrderTotals", () => {
  it("keeps shipping pre-tax out of the subtotal, with paid and outstanding", () => {
    const { rows, lines } = presentOrderTotals({
      currency_code: "usd",
      items: [{ title: "Rack", quantity: 24, unit_price: "130.5", subtotal: "3132" }],
      item_subtotal: "3132",
      discount_subtotal: "20.005",
      shipping_subtotal: "95",
      tax_total: "232.3512",
      total: "3439.3462",
      shipping_methods: [{ name: "Freight" }],
      summary: { paid_total: 1031.8, pending_difference: "2407.55" },
    })
    expect(lines).toEqual([
      expect.objectContaining({ title: "Rack", quantity: 24, unit_price: 130.5, total: 3132 }),
    ])
    expect(rows.map((row) => [row.key, row.label, row.amount])).toEqual([
      ["subtotal", "Subtotal", 3132],
      ["discount", "Discounts", 20],
      ["shipping", "Shipping (Freight)", 95],
      ["tax", "Tax", 232.35],
      ["total", "Total", 3439.35],
      ["paid", "Paid", 1031.8],
      ["outstanding", "Outstanding", 2407.55],
    ])
    expect(sumOfRows(rows)).toBe(3439.35)
  })

  it("puts a rounding difference on the tax row when there is no discount", () => {
    const { rows } = presentOrderTotals({
      currency_code: "usd",
      item_subtotal: "10.004",
      shipping_subtotal: "5.004",
      tax_total: "0",
      total: "15.008",
    })
    expect(sumOfRows(rows)).toBe(15.01)
    expect(amount(rows, "tax")).toBe(0.01)
  })
})

describe("formatTotalsAmount", () => {
  it("prints what comes off with a minus sign", () => {
    const money = (n: number) => `$${n.toFixed(2)}`
    expect(formatTotalsAmount({ amount: 20, negative: true }, money)).toBe("−$20.00")
    expect(formatTotalsAmount({ amount: 0, negative: true }, money)).toBe("$0.00")
    expect(formatTotalsAmount({ amount: 95 }, money)).toBe("$95.00")
  })
})
