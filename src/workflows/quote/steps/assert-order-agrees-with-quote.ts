import BigNumber from "bignumber.js"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
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

/**
 * The order Medusa created must charge what the buyer accepted: its total,
 * rounded to the currency's digits, equals the quote's. If tax or promotions
 * priced it differently (say an automatic promotion began between pricing and
 * ordering), the acceptance fails as a conflict and every step before this
 * one, the order's creation included, is undone (docs/ARCHITECTURE.md, "Money"). Answers
 * the total it checked, so billing need not read the order again.
 */
export const assertOrderAgreesWithQuoteStep = createStep(
  "portal-assert-order-agrees-with-quote",
  async (input: { order_id: string; expected_total: number }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "total", "currency_code"],
      filters: { id: input.order_id },
    })
    const digits = currencyDecimals(order.currency_code)
    const total = new BigNumber(order.total as unknown as BigNumber.Value).decimalPlaces(digits)
    if (!total.isEqualTo(input.expected_total)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The order would total ${total.toFixed(digits)} but the quote totals ${new BigNumber(input.expected_total).toFixed(digits)}; ${PRICES_CHANGED}`
      )
    }
    return new StepResponse({ total: total.toNumber(), currency_code: order.currency_code })
  }
)
