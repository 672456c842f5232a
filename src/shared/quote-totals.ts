import BigNumber from "bignumber.js"

/**
 * The one totals function, called by the server, the admin and the storefront, so a client
 * only sends its selection. It adds up the way Medusa's order will, so `total` equals
 * `order.total` rounded; it imports only bignumber.js so browsers can bundle it
 * (docs/ARCHITECTURE.md, "Money").
 */
export type MoneyInput = number | string

/** A tax line as Medusa's Tax Module gives it: a percentage rate. */
export type QuoteTaxLine = { rate: number | string; code?: string | null; name?: string | null }
/** A promotion's adjustment of one line (or of shipping), an amount off. */
export type QuoteAdjustment = { amount: MoneyInput; code?: string | null }

export type QuoteTotalsItemInput = {
  id: string
  quantity: number
  unit_price: MoneyInput
  discount_percent?: number | null
  is_optional: boolean
  is_selected: boolean
  tax_lines?: QuoteTaxLine[] | null
  adjustments?: QuoteAdjustment[] | null
}

export type QuoteShippingInput = {
  amount: MoneyInput
  tax_lines?: QuoteTaxLine[] | null
  adjustments?: QuoteAdjustment[] | null
}

export type QuoteTotalsInput = {
  currency_code: string
  items: QuoteTotalsItemInput[]
  /** When given, these optional items are selected and every other optional item is not. */
  selected_item_ids?: readonly string[]
  shipping?: QuoteShippingInput | null
  deposit_percent?: number | null
  deposit_amount?: MoneyInput | null
}

export type QuoteLineTotals = {
  id: string
  included: boolean
  unit_price: number
  discounted_unit_price: number
  subtotal: number
  /** The quote's own discount on the line. */
  discount_total: number
  /** Automatic promotions Medusa applies to the line. */
  promotion_total: number
  /** The sum of the line's tax rates, in percent. */
  tax_rate: number
  tax_total: number
  /** Net of discount and promotions, before tax. */
  total: number
}

export type QuoteTotals = {
  currency_code: string
  items: QuoteLineTotals[]
  subtotal: number
  /** The quote's discounts and Medusa's promotions, lines and shipping. */
  discount_total: number
  promotion_total: number
  shipping_total: number
  tax_total: number
  total: number
  deposit_due: number
}

/**
 * Minor units by currency code, as Intl reports them: building a NumberFormat
 * costs far more than the arithmetic it serves, and a catalog page rounds
 * hundreds of amounts.
 */
const decimalsByCurrency = new Map<string, number>()

/** Minor-unit digits of an ISO 4217 currency (JPY 0, EUR 2, KWD 3), from the runtime's ICU data. */
export function currencyDecimals(currencyCode: string): number {
  const code = currencyCode.toUpperCase()
  let decimals = decimalsByCurrency.get(code)
  if (decimals === undefined) {
    try {
      decimals = new Intl.NumberFormat("en", {
        style: "currency",
        currency: code,
      }).resolvedOptions().maximumFractionDigits as number
    } catch {
      decimals = 2
    }
    decimalsByCurrency.set(code, decimals)
  }
  return decimals
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
  const share = (percent: BigNumber.Value | null | undefined) =>
    new BigNumber(percent ?? 0).div(100)
  const sum = (values: BigNumber.Value[]) => BigNumber.sum(0, ...values)
  const rateOf = (lines?: QuoteTaxLine[] | null) => sum((lines ?? []).map((line) => line.rate))
  const promotionsOf = (adjustments?: QuoteAdjustment[] | null) =>
    sum((adjustments ?? []).map((adjustment) => adjustment.amount))

  const lines = input.items.map((item) => {
    const unitPrice = round(item.unit_price)
    const discountedUnit = round(unitPrice.minus(unitPrice.times(share(item.discount_percent))))
    const subtotal = unitPrice.times(item.quantity)
    const net = discountedUnit.times(item.quantity)
    const promotion = BigNumber.min(promotionsOf(item.adjustments), net)
    const rate = rateOf(item.tax_lines)
    const taxable = net.minus(promotion)
    return {
      id: item.id,
      included: isLineIncluded(item, input.selected_item_ids),
      unitPrice,
      discountedUnit,
      subtotal,
      discount: subtotal.minus(net),
      promotion,
      rate,
      taxable,
      tax: taxable.times(share(rate)),
    }
  })

  const included = lines.filter((line) => line.included)
  const shippingAmount = new BigNumber(input.shipping?.amount ?? 0)
  const shippingPromotion = BigNumber.min(promotionsOf(input.shipping?.adjustments), shippingAmount)
  const shippingTaxable = shippingAmount.minus(shippingPromotion)
  const shippingTax = shippingTaxable.times(share(rateOf(input.shipping?.tax_lines)))

  const subtotal = sum(included.map((line) => line.subtotal))
  const discount = sum(included.map((line) => line.discount))
  const promotion = sum([...included.map((line) => line.promotion), shippingPromotion])
  const tax = sum([...included.map((line) => line.tax), shippingTax])
  const total = sum([...included.map((line) => line.taxable), shippingTaxable, tax])
  const roundedTotal = round(total)

  let depositDue = new BigNumber(0)
  if (input.deposit_percent != null) {
    depositDue = round(roundedTotal.times(share(input.deposit_percent)))
  } else if (input.deposit_amount != null) {
    depositDue = BigNumber.min(round(input.deposit_amount), roundedTotal)
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
      promotion_total: round(line.promotion).toNumber(),
      tax_rate: line.rate.toNumber(),
      tax_total: round(line.tax).toNumber(),
      total: round(line.taxable).toNumber(),
    })),
    subtotal: subtotal.toNumber(),
    discount_total: round(discount.plus(promotion)).toNumber(),
    promotion_total: round(promotion).toNumber(),
    shipping_total: round(shippingAmount).toNumber(),
    tax_total: round(tax).toNumber(),
    total: roundedTotal.toNumber(),
    deposit_due: depositDue.toNumber(),
  }
}

/** The stored quote fields the totals come from, as Query returns them. */
export type QuoteForTotals = {
  currency_code: string
  items?: Array<
    | (Omit<QuoteTotalsItemInput, "unit_price" | "tax_lines" | "adjustments"> & {
        unit_price: unknown
        tax_lines?: unknown
        adjustments?: unknown
      })
    | null
  > | null
  shipping_amount?: unknown
  shipping_tax_lines?: unknown
  shipping_adjustments?: unknown
  deposit_percent?: number | null
  deposit_amount?: unknown
}

/** The totals of a stored quote, for its current selection or the one given. */
export function totalsOfQuote(
  quote: QuoteForTotals,
  selectedItemIds?: readonly string[]
): QuoteTotals {
  return computeQuoteTotals({
    currency_code: quote.currency_code,
    items: (quote.items ?? [])
      .filter((item): item is NonNullable<typeof item> => !!item)
      .map((item) => ({
        ...item,
        unit_price: item.unit_price as MoneyInput,
        tax_lines: (item.tax_lines as QuoteTaxLine[] | null) ?? [],
        adjustments: (item.adjustments as QuoteAdjustment[] | null) ?? [],
      })),
    selected_item_ids: selectedItemIds,
    shipping:
      quote.shipping_amount != null
        ? {
            amount: quote.shipping_amount as MoneyInput,
            tax_lines: (quote.shipping_tax_lines as QuoteTaxLine[] | null) ?? [],
            adjustments: (quote.shipping_adjustments as QuoteAdjustment[] | null) ?? [],
          }
        : null,
    deposit_percent: quote.deposit_percent,
    deposit_amount: quote.deposit_amount as MoneyInput | null,
  })
}
