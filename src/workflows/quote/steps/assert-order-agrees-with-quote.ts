import BigNumber from "bignumber.js"
import type { OrderDTO } from "@medusajs/framework/types"
import { decorateCartTotals, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type PortalRefusal, refusal, refusalOf } from "../../../lib/refusal"
import { currencyDecimals } from "../../../shared/quote-totals"

/** Whether a failed accept or signing was refused because the order would charge another total. */
export function isPricesChanged(error: unknown): boolean {
  return refusalOf(error)?.refusal_key === "quote.prices_changed"
}

/** The refusal of an order that would total otherwise than the quote the buyer saw. */
export function pricesChanged(
  orderTotal: BigNumber.Value,
  quoteTotal: BigNumber.Value,
  currencyCode: string
): PortalRefusal {
  const digits = currencyDecimals(currencyCode)
  return refusal(MedusaError.Types.CONFLICT, "quote.prices_changed", {
    order_total: new BigNumber(orderTotal).toFixed(digits),
    quote_total: new BigNumber(quoteTotal).toFixed(digits),
  })
}

/**
 * The order Medusa created must charge what the buyer accepted: its total, as Medusa's own
 * totals function computes it from the created lines, tax lines and adjustments (what the
 * Order module answers for `order.total`), rounded to the currency's digits, equals the
 * quote's. Otherwise the acceptance fails as a conflict and every step before this one, the
 * order's creation included, is undone (docs/ARCHITECTURE.md, "Money"). Answers the total it
 * checked, so billing need not read the order again.
 */
export const assertOrderAgreesWithQuoteStep = createStep(
  "portal-assert-order-agrees-with-quote",
  async (input: { order: OrderDTO; expected_total: number }) => {
    const { order } = input
    const totals = decorateCartTotals({
      items: order.items ?? [],
      shipping_methods: order.shipping_methods ?? [],
      credit_lines: order.credit_lines ?? [],
    } as never) as { total: Parameters<typeof MathBN.convert>[0] }
    const digits = currencyDecimals(order.currency_code)
    const total = new BigNumber(MathBN.convert(totals.total).toString()).decimalPlaces(digits)
    if (!total.isEqualTo(input.expected_total)) {
      throw pricesChanged(total, input.expected_total, order.currency_code)
    }
    return new StepResponse({ total: total.toNumber(), currency_code: order.currency_code })
  }
)
