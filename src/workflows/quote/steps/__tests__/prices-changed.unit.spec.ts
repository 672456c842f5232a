import { refusalText } from "../../../../lib/refusal"
import { isPricesChanged, pricesChanged } from "../assert-order-agrees-with-quote"

/** What Medusa's serializeError leaves of a step's error: its own properties, as a plain object. */
const serialized = (error: Error) =>
  Object.fromEntries(
    Object.getOwnPropertyNames(error).map((name) => [name, (error as never)[name]])
  )

describe("pricesChanged: the buyer's refusal when the order would charge another total", () => {
  it("says both totals in the currency's digits, in English by default", () => {
    expect(pricesChanged(990, 1100, "usd").message).toBe(
      "The order would total 990.00 but the quote totals 1100.00; prices, tax or promotions changed since it was priced: reload the quote and review it before accepting"
    )
    expect(pricesChanged(990, 1100, "jpy").message).toMatch(/^The order would total 990 but/)
  })

  it("is recognised by its key after a workflow serialized it, and nothing else is", () => {
    const error = pricesChanged(990, 1100, "eur")
    expect(isPricesChanged(error)).toBe(true)
    expect(isPricesChanged(serialized(error))).toBe(true)
    expect(isPricesChanged(new Error(error.message))).toBe(false)
    expect(isPricesChanged(null)).toBe(false)
  })

  it("reads in the buyer's language", () => {
    const values = { order_total: "990.00", quote_total: "1100.00" }
    expect(refusalText("fr", "quote.prices_changed", values)).toMatch(
      /^La commande s’élèverait à 990\.00 mais le devis s’élève à 1100\.00 ;/
    )
  })
})
