/**
 * What Medusa's own store routes may not show under the portal's publishable key,
 * by the portal settings (docs/ARCHITECTURE.md, "Hidden prices and stock on Medusa's
 * store routes"). Pure: the middleware decides when, this file decides what.
 */

/** What one response under the portal key loses. */
export type HiddenFields = {
  /** `hide_prices`: every amount (prices, totals, discounts, payments). */
  prices: boolean
  /** Stock display other than `number`: every stock quantity. */
  stock: boolean
  /** `show_incoming` off: incoming quantities and their expected dates. */
  incoming: boolean
}

/** The settings the rule reads. */
export type HidingSettings = {
  hide_prices: boolean
  stock_display: string
  show_incoming: boolean
}

/** What the settings hide, or null when they hide nothing. */
export function hiddenFieldsFor(settings: HidingSettings): HiddenFields | null {
  const stock = settings.stock_display !== "number"
  const hidden: HiddenFields = {
    prices: settings.hide_prices,
    stock,
    incoming: stock || !settings.show_incoming,
  }
  return hidden.prices || hidden.stock || hidden.incoming ? hidden : null
}

/**
 * Amount keys by name: any key containing `price`, `amount` or `total` (Medusa's
 * `unit_price`, `calculated_price`, `prices`, `amount`, `authorized_amount`,
 * `total`, `*_total`, `raw_*` of each, ...), and the few amount holders whose name
 * says nothing of it.
 */
export const AMOUNT_KEY_PATTERN = /price|amount|total/i
export const AMOUNT_KEYS: ReadonlySet<string> = new Set([
  // A promotion's discount: `value` is its percentage or its fixed amount.
  "application_method",
  // An order's payment summary (paid, refunded, pending amounts).
  "summary",
  "pending_difference",
  "difference_sum",
])

/** Medusa's stock quantities (`inventory_quantity`, inventory levels' quantities, `raw_*` of each). */
export const STOCK_KEY_PATTERN = /(^|_)(inventory|stocked|reserved|available|incoming)_quantity$/
/** Incoming quantities and the date the first of them is expected (`incoming_expected_at`). */
export const INCOMING_KEY_PATTERN = /(^|_)incoming_(quantity|expected_at)$/

export function isHiddenKey(key: string, hidden: HiddenFields): boolean {
  if (hidden.prices && (AMOUNT_KEYS.has(key) || AMOUNT_KEY_PATTERN.test(key))) return true
  if (hidden.stock && STOCK_KEY_PATTERN.test(key)) return true
  // Hidden stock hides what is incoming too (hiddenFieldsFor), whatever the caller says.
  return (hidden.incoming || hidden.stock) && INCOMING_KEY_PATTERN.test(key)
}

type Container = Record<string, unknown> | unknown[]

/** A value as JSON.stringify sees it: `toJSON()` first (dates, Medusa's BigNumber). */
function asJson(value: unknown): unknown {
  if (value && typeof value === "object" && "toJSON" in value) {
    const toJSON = (value as { toJSON: unknown }).toJSON
    if (typeof toJSON === "function") return toJSON.call(value)
  }
  return value
}

/**
 * A copy of a response body without the hidden keys, at any depth. Walks without
 * recursion (a cart's metadata can nest deep); an object met twice is copied once
 * and shared, as it was, so a cycle stays a cycle for res.json to refuse as before.
 */
export function withoutHiddenFields(body: unknown, hidden: HiddenFields): unknown {
  const copies = new Map<object, Container>()
  const pending: Array<[Container, Container]> = []
  const copy = (value: unknown): unknown => {
    const json = asJson(value)
    if (!json || typeof json !== "object") return json
    const known = copies.get(json)
    if (known) return known
    const target: Container = Array.isArray(json) ? [] : {}
    copies.set(json, target)
    pending.push([json as Container, target])
    return target
  }
  const root = copy(body)
  while (pending.length) {
    const [source, target] = pending.pop()!
    if (Array.isArray(source)) {
      for (const item of source) (target as unknown[]).push(copy(item))
      continue
    }
    for (const [key, value] of Object.entries(source)) {
      if (!isHiddenKey(key, hidden)) (target as Record<string, unknown>)[key] = copy(value)
    }
  }
  return root
}
