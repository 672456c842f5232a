import BigNumber from "bignumber.js"
import { currencyDecimals, type QuoteLineTotals, type QuoteTotals } from "./quote-totals"

/**
 * The one presentation of totals: every paper and page prints these rows, on Medusa's
 * order's basis, adding up to the total exactly (docs/ARCHITECTURE.md, "Money").
 */

export type TotalsRowKey =
  | "subtotal"
  | "discount"
  | "shipping"
  | "credit"
  | "tax"
  | "total"
  | "deposit"
  | "paid"
  | "outstanding"

/**
 * A row's label in a reader's language: the catalog's word for its key (`name(key)`), with
 * its detail (a shipping method's own name, a deposit's percentage) as it is:
 * "Versand (Express)".
 */
export const localizedRowLabel = (
  row: Pick<TotalsRow, "key" | "detail">,
  name: (key: TotalsRowKey) => string
) => (row.detail ? `${name(row.key)} (${row.detail})` : name(row.key))

export type TotalsRow = {
  key: TotalsRowKey
  label: string
  /** Merchant content the label carries as it is, e.g. the shipping method's name. */
  detail?: string
  /** Rounded to the currency's minor unit; never negative (see `negative`). */
  amount: number
  /** Taken off the total: printed with a minus sign. */
  negative?: boolean
  /** The grand total. */
  strong?: boolean
}

/** One item line, pre-tax: unit price, quantity, the line's own discount, line total. */
export type TotalsLine = {
  id?: string
  title: string
  description: string | null
  quantity: number
  unit_price: number
  /** The quote's discount on the line (already in the unit price of an order's line). */
  discount: number
  /** unit price × quantity − discount; the lines add up to the subtotal. */
  total: number
}

export type TotalsPresentation = {
  currency_code: string
  lines: TotalsLine[]
  rows: TotalsRow[]
}

/** A row's amount as printed: "−$20.00" for what comes off, with the caller's money format. */
export function formatTotalsAmount(
  row: Pick<TotalsRow, "amount" | "negative">,
  money: (amount: number) => string
): string {
  return row.negative && row.amount !== 0 ? `−${money(row.amount)}` : money(row.amount)
}

type Amounts = {
  subtotal: BigNumber.Value
  discount: BigNumber.Value
  shipping: BigNumber.Value
  credit?: BigNumber.Value
  tax: BigNumber.Value
  total: BigNumber.Value
}

/** The five amounts rounded so that they add up to the (rounded) total. */
function balanced(currencyCode: string, amounts: Amounts) {
  const dp = currencyDecimals(currencyCode)
  const round = (value: BigNumber.Value | null | undefined) =>
    new BigNumber(value ?? 0).decimalPlaces(dp)
  const subtotal = round(amounts.subtotal)
  let discount = round(amounts.discount)
  const shipping = round(amounts.shipping)
  const credit = round(amounts.credit)
  let tax = round(amounts.tax)
  const total = round(amounts.total)
  const residual = total.minus(subtotal.minus(discount).plus(shipping).minus(credit).plus(tax))
  if (!residual.isZero()) {
    if (!discount.isZero()) discount = discount.minus(residual)
    else tax = tax.plus(residual)
  }
  return {
    subtotal: subtotal.toNumber(),
    discount: discount.toNumber(),
    shipping: shipping.toNumber(),
    credit: credit.toNumber(),
    tax: tax.toNumber(),
    total: total.toNumber(),
  }
}

function summaryRows(
  amounts: ReturnType<typeof balanced>,
  options: { shipping_label?: string | null; show_shipping?: boolean }
): TotalsRow[] {
  const rows: TotalsRow[] = [{ key: "subtotal", label: "Subtotal", amount: amounts.subtotal }]
  if (amounts.discount !== 0) {
    rows.push({ key: "discount", label: "Discounts", amount: amounts.discount, negative: true })
  }
  if (options.show_shipping || amounts.shipping !== 0) {
    const name = options.shipping_label?.trim()
    const label = name && name.toLowerCase() !== "shipping" ? `Shipping (${name})` : "Shipping"
    rows.push({
      key: "shipping",
      label,
      amount: amounts.shipping,
      ...(name && name.toLowerCase() !== "shipping" ? { detail: name } : {}),
    })
  }
  if (amounts.credit !== 0) {
    rows.push({ key: "credit", label: "Credit", amount: amounts.credit, negative: true })
  }
  rows.push({ key: "tax", label: "Tax", amount: amounts.tax })
  rows.push({ key: "total", label: "Total", amount: amounts.total, strong: true })
  return rows
}

/** A quote line's total as printed: unit price × quantity − the quote's discount, pre-tax. */
export function presentedLineTotal(
  line: Pick<QuoteLineTotals, "subtotal" | "discount_total">
): number {
  return new BigNumber(line.subtotal).minus(line.discount_total).toNumber()
}

export type QuoteLineSource = {
  id: string
  title: string
  description?: string | null
  quantity: number
}

/**
 * A quote's lines and rows, from `computeQuoteTotals`/`totalsOfQuote`. `items`
 * gives titles and quantities (in the order to print); lines not included in
 * the selection are left out. The deposit row follows the total when one is due.
 */
export function presentQuoteTotals(
  totals: QuoteTotals,
  items: readonly QuoteLineSource[] = [],
  options: {
    shipping_label?: string | null
    /** Show the shipping row even when it is free (the quote has a shipping method). */
    show_shipping?: boolean
    deposit_percent?: number | null
  } = {}
): TotalsPresentation {
  const lineTotals = new Map(totals.items.map((line) => [line.id, line]))
  const lines: TotalsLine[] = items.flatMap((item) => {
    const line = lineTotals.get(item.id)
    if (!line?.included) return []
    return [
      {
        id: item.id,
        title: item.title,
        description: item.description ?? null,
        quantity: item.quantity,
        unit_price: line.unit_price,
        discount: line.discount_total,
        total: presentedLineTotal(line),
      },
    ]
  })
  const included = totals.items.filter((line) => line.included)
  const amounts = balanced(totals.currency_code, {
    subtotal: BigNumber.sum(0, ...included.map(presentedLineTotal)),
    discount: totals.promotion_total,
    shipping: totals.shipping_total,
    tax: totals.tax_total,
    total: totals.total,
  })
  const rows = summaryRows(amounts, options)
  if (totals.deposit_due > 0) {
    const percent = options.deposit_percent != null ? `${options.deposit_percent}%` : undefined
    rows.push({
      key: "deposit",
      label: percent ? `Deposit (${percent})` : "Deposit",
      amount: totals.deposit_due,
      ...(percent ? { detail: percent } : {}),
    })
  }
  return { currency_code: totals.currency_code, lines, rows }
}

/** A money field as Medusa's Query returns it: a number, a numeric string or a BigNumber-like. */
type MedusaAmount = number | string | { toString(): string } | null | undefined

/** The fields of a Medusa order (or cart) the presentation reads. */
export type OrderTotalsSource = {
  currency_code: string
  items?: Array<{
    id?: string
    title?: string | null
    product_title?: string | null
    variant_title?: string | null
    quantity: MedusaAmount
    unit_price: MedusaAmount
    subtotal?: MedusaAmount
  } | null> | null
  item_subtotal: MedusaAmount
  discount_subtotal?: MedusaAmount
  shipping_subtotal?: MedusaAmount
  credit_line_total?: MedusaAmount
  tax_total: MedusaAmount
  total: MedusaAmount
  shipping_methods?: Array<{ name?: string | null } | null> | null
  /** Medusa's payment summary; with it come the Paid and Outstanding rows. */
  summary?: { paid_total?: MedusaAmount; pending_difference?: MedusaAmount } | null
}

const amountOf = (value: MedusaAmount) => new BigNumber(value == null ? 0 : String(value))

/**
 * An order's lines and rows from Medusa's own totals (decorateCartTotals:
 * total = subtotal + tax − discount_subtotal − credit): shipping is its
 * pre-tax subtotal on its own row, never inside the items' subtotal.
 */
export function presentOrderTotals(order: OrderTotalsSource): TotalsPresentation {
  const dp = currencyDecimals(order.currency_code)
  const lines: TotalsLine[] = (order.items ?? []).flatMap((item) => {
    if (!item) return []
    const unit = amountOf(item.unit_price)
    const quantity = amountOf(item.quantity)
    const subtotal = item.subtotal != null ? amountOf(item.subtotal) : unit.times(quantity)
    return [
      {
        id: item.id,
        title: String(item.title ?? item.product_title ?? ""),
        description: null,
        quantity: quantity.toNumber(),
        unit_price: unit.decimalPlaces(dp).toNumber(),
        discount: 0,
        total: subtotal.decimalPlaces(dp).toNumber(),
      },
    ]
  })
  const methods = (order.shipping_methods ?? []).filter((method) => !!method)
  const amounts = balanced(order.currency_code, {
    subtotal: amountOf(order.item_subtotal),
    discount: amountOf(order.discount_subtotal),
    shipping: amountOf(order.shipping_subtotal),
    credit: amountOf(order.credit_line_total),
    tax: amountOf(order.tax_total),
    total: amountOf(order.total),
  })
  const rows = summaryRows(amounts, {
    show_shipping: methods.length > 0,
    shipping_label: methods.length === 1 ? methods[0]!.name : null,
  })
  if (order.summary) {
    const round = (value: MedusaAmount) => amountOf(value).decimalPlaces(dp).toNumber()
    rows.push(
      { key: "paid", label: "Paid", amount: round(order.summary.paid_total) },
      {
        key: "outstanding",
        label: "Outstanding",
        amount: Math.max(0, round(order.summary.pending_difference)),
      }
    )
  }
  return { currency_code: order.currency_code, lines, rows }
}
