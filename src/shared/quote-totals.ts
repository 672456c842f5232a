import BigNumber from "bignumber.js"

/**
 * The one totals function (DESIGN §3). The server, the admin and the storefront
 * portal all call it; a client only ever sends which optional items it selected.
 * It depends on bignumber.js only (the library under Medusa's MathBN, with the
 * same defaults), so the browser bundle can import this very file.
 *
 * Rules:
 * - a line counts when it is required, or optional and selected;
 * - the discounted unit price is rounded to the currency's minor unit, so the
 *   order created from the quote can carry it as its unit price;
 * - tax is charged on the discounted subtotal and rounded once;
 * - the deposit is a percentage of the total or a fixed amount, never more than the total.
 */
/** An amount in the currency's main unit, e.g. 12.5 for €12.50. */
export type MoneyInput = number | string

export type QuoteTotalsItemInput = {
  id: string
  quantity: number
  unit_price: MoneyInput
  discount_percent?: number | null
  is_optional: boolean
  is_selected: boolean
}

export type QuoteTotalsInput = {
  currency_code: string
  items: QuoteTotalsItemInput[]
  /** When given, these optional items are selected and every other optional item is not. */
  selected_item_ids?: readonly string[]
  tax_rate?: number | null
  deposit_percent?: number | null
  deposit_amount?: MoneyInput | null
}

export type QuoteLineTotals = {
  id: string
  included: boolean
  unit_price: number
  discounted_unit_price: number
  subtotal: number
  discount_total: number
  total: number
}

export type QuoteTotals = {
  currency_code: string
  items: QuoteLineTotals[]
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  deposit_due: number
}

/** Minor-unit digits of an ISO 4217 currency (JPY 0, EUR 2, KWD 3), from the runtime's ICU data. */
export function currencyDecimals(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).resolvedOptions().maximumFractionDigits as number
  } catch {
    return 2
  }
}

export function isLineIncluded(
  item: Pick<QuoteTotalsItemInput, "id" | "is_optional" | "is_selected">,
  selectedItemIds?: readonly string[]
): boolean {
  if (!item.is_optional) {
    return true
  }
  return selectedItemIds ? selectedItemIds.includes(item.id) : item.is_selected
}

export function computeQuoteTotals(input: QuoteTotalsInput): QuoteTotals {
  const dp = currencyDecimals(input.currency_code)
  const round = (value: BigNumber.Value) => new BigNumber(value).decimalPlaces(dp)
  const share = (percent: number | null | undefined) => new BigNumber(percent ?? 0).div(100)
  const sum = (values: BigNumber[]) => BigNumber.sum(0, ...values)

  const lines = input.items.map((item) => {
    const unitPrice = round(item.unit_price)
    const discountedUnit = round(unitPrice.minus(unitPrice.times(share(item.discount_percent))))
    const subtotal = unitPrice.times(item.quantity)
    const total = discountedUnit.times(item.quantity)
    return {
      id: item.id,
      included: isLineIncluded(item, input.selected_item_ids),
      unitPrice,
      discountedUnit,
      subtotal,
      total,
      discount: subtotal.minus(total),
    }
  })

  const included = lines.filter((line) => line.included)
  const subtotal = sum(included.map((line) => line.subtotal))
  const discountTotal = sum(included.map((line) => line.discount))
  const taxable = subtotal.minus(discountTotal)
  const taxTotal = round(taxable.times(share(input.tax_rate)))
  const total = taxable.plus(taxTotal)

  let depositDue = new BigNumber(0)
  if (input.deposit_percent != null) {
    depositDue = round(total.times(share(input.deposit_percent)))
  } else if (input.deposit_amount != null) {
    depositDue = BigNumber.min(round(input.deposit_amount), total)
  }

  return {
    currency_code: input.currency_code,
    items: lines.map((line) => ({
      id: line.id,
      included: line.included,
      unit_price: line.unitPrice.toNumber(),
      discounted_unit_price: line.discountedUnit.toNumber(),
      subtotal: line.subtotal.toNumber(),
      discount_total: line.discount.toNumber(),
      total: line.total.toNumber(),
    })),
    subtotal: subtotal.toNumber(),
    discount_total: discountTotal.toNumber(),
    tax_total: taxTotal.toNumber(),
    total: total.toNumber(),
    deposit_due: depositDue.toNumber(),
  }
}
