/**
 * The portal catalog's pure rules (docs/ARCHITECTURE.md, "Catalog"): what a
 * member sees of a variant's stock and how price breaks read as a table. The
 * server computes with them; the storefront reads the same types.
 */
import BigNumber from "bignumber.js"
import type { StockDisplay } from "./portal-settings"
import { currencyDecimals } from "./quote-totals"

export const STOCK_STATUSES = ["in_stock", "low", "out_of_stock"] as const
export type StockStatus = (typeof STOCK_STATUSES)[number]

/**
 * What a variant has at the portal channel's stock locations; null: not managed.
 * `expected_at`: the earliest date a supplier promised for what is incoming there
 * ("YYYY-MM-DD"), null when none is promised.
 */
export type VariantStockLevels = {
  available: number | null
  incoming: number | null
  expected_at?: string | null
}

/** Shown with the incoming quantity: when the first of it is expected ("YYYY-MM-DD" or null). */
export type IncomingStock = { incoming_quantity?: number; incoming_expected_at?: string | null }

export type CatalogStock =
  | ({ available_quantity: number | null } & IncomingStock)
  | ({ status: StockStatus } & IncomingStock)

/** in stock above the threshold, low at or below it, out of stock at zero. */
export function stockStatus(available: number | null, lowThreshold: number): StockStatus {
  if (available === null) return "in_stock"
  if (available <= 0) return "out_of_stock"
  return available <= lowThreshold ? "low" : "in_stock"
}

/**
 * A variant's stock as the settings show it: nothing when display is off, the
 * available quantity (null: not tracked) or its indication, plus the incoming
 * quantity and its expected date when show_incoming is on and stock is tracked.
 */
export function catalogStock(
  levels: VariantStockLevels,
  settings: { stock_display: StockDisplay; low_stock_threshold: number; show_incoming: boolean }
): CatalogStock | undefined {
  if (settings.stock_display === "off") return undefined
  const incoming =
    settings.show_incoming && levels.incoming !== null
      ? { incoming_quantity: levels.incoming, incoming_expected_at: levels.expected_at ?? null }
      : {}
  if (settings.stock_display === "number") {
    return { available_quantity: levels.available, ...incoming }
  }
  return { status: stockStatus(levels.available, settings.low_stock_threshold), ...incoming }
}

export type PriceBreak = {
  min_quantity: number
  max_quantity: number | null
  amount: number
  /** After Medusa's automatic promotions for the member's company (see netUnitAmount). */
  net_amount: number
}

/**
 * The price table from the unit price at each quantity where a tier starts:
 * one row per run of the same amount, the last open-ended.
 */
export function priceBreaks(
  amountAt: Array<{ quantity: number; amount: number; net_amount?: number }>
): PriceBreak[] {
  const sorted = [...amountAt].sort((a, b) => a.quantity - b.quantity)
  const rows: PriceBreak[] = []
  for (const { quantity, amount, net_amount } of sorted) {
    const last = rows[rows.length - 1]
    const net = net_amount ?? amount
    if (last && last.amount === amount && last.net_amount === net) continue
    if (last) last.max_quantity = quantity - 1
    rows.push({ min_quantity: quantity, max_quantity: null, amount, net_amount: net })
  }
  return rows
}

/**
 * The net unit price of a line of `quantity` units at `unitAmount` from which
 * Medusa's promotions take `adjustmentTotal` (all units together): unit price
 * less the per-unit adjustment, rounded to the currency's minor unit, as the
 * cart's `unit_price` − adjustment / quantity is (docs/ARCHITECTURE.md, "Money").
 */
export function netUnitAmount(
  unitAmount: number,
  quantity: number,
  adjustmentTotal: number | string,
  currencyCode: string
): number {
  return new BigNumber(unitAmount)
    .minus(new BigNumber(adjustmentTotal).dividedBy(quantity))
    .decimalPlaces(currencyDecimals(currencyCode), BigNumber.ROUND_HALF_UP)
    .toNumber()
}

/** One line as Medusa's cart totals it, rounded to the currency's minor unit. */
export type LineTotals = {
  quantity: number
  unit_price: number
  /** unit price × quantity, before promotions and tax. */
  subtotal: number
  /** What promotions take off the line, before tax: subtotal − total. */
  discount_total: number
  /** After promotions, before tax. */
  total: number
}

/**
 * A line the way Medusa's `getLineItemTotals` computes it, rounded once at the end, so the
 * catalog's "N × price" is the cart line's figure for N; the discount is what is left between
 * the rounded subtotal and total, so the row adds up on screen (docs/ARCHITECTURE.md,
 * "Catalog").
 */
export function lineTotals(
  line: {
    unit_price: number | string
    quantity: number
    subtotal?: number | string | null
    adjustment_total?: number | string | null
  },
  currencyCode: string
): LineTotals {
  const dp = currencyDecimals(currencyCode)
  const round = (value: BigNumber) => value.decimalPlaces(dp, BigNumber.ROUND_HALF_UP)
  const exact = new BigNumber(line.subtotal ?? new BigNumber(line.unit_price).times(line.quantity))
  const subtotal = round(exact)
  const total = round(exact.minus(line.adjustment_total ?? 0))
  return {
    quantity: line.quantity,
    unit_price: round(new BigNumber(line.unit_price)).toNumber(),
    subtotal: subtotal.toNumber(),
    discount_total: subtotal.minus(total).toNumber(),
    total: total.toNumber(),
  }
}
