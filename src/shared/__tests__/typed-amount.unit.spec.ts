import { typedAmount } from "../procurement"

describe("a supplier's typed bill amount", () => {
  it.each([
    ["1234.50", "1234.50"],
    ["1234,50", "1234.50"],
    [" 99 ", "99"],
    ["0,5", "0.5"],
  ])("reads %s as %s, with a decimal point or comma", (typed, amount) => {
    expect(typedAmount(typed)).toBe(amount)
  })

  it.each(["", "0", "0,00", "1.234,50", "1,234.50", "12.345", "-5", "1e3", "€10"])(
    "refuses %j: no grouping, at most two decimals, something to pay",
    (typed) => {
      expect(typedAmount(typed)).toBeNull()
    }
  )
})
