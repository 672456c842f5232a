import BigNumber from "bignumber.js"
import type { OrderDTO } from "@medusajs/framework/types"
import { decorateCartTotals, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { currencyDecimals } from "../../../shared/quote-totals"

/** How the refusal below ends, so a route can tell it from other conflicts (isPricesChanged). */
const PRICES_CHANGED =
  "prices, tax or promotions changed since it was priced: reload the quote and review it before accepting"

/** Whether a failed accept or signing was refused because the order would charge another total. */
export function isPricesChanged(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === "string" && message.endsWith(PRICES_CHANGED)
}

/** The refusal of an order that would total otherwise than the quote the buyer saw. */
export function pricesChanged(
  orderTotal: BigNumber.Value,
  quoteTotal: BigNumber.Value,
  currencyCode: string
): MedusaError {
  const digits = currencyDecimals(currencyCode)
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `The order would total ${new BigNumber(orderTotal).toFixed(digits)} but the quote totals ${new BigNumber(quoteTotal).toFixed(digits)}; ${PRICES_CHANGED}`
  )
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
