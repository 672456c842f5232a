/** A variant's price as the admin product API lists it (`*variants.prices`). */
export type CatalogPrice = {
  amount: number
  currency_code: string
  min_quantity: number | null
  max_quantity: number | null
  /** Price rules, e.g. `{ region_id }`; price-list prices are not in this list. */
  rules?: Record<string, unknown> | null
}

/**
 * The unit price Medusa's pricing would charge for `quantity` of a variant in
 * the quote's currency and region: among the variant's prices in that currency,
 * a price for this region beats the plain currency price, and the quantity
 * tier that applies (`min_quantity` ≤ quantity ≤ `max_quantity`) with the
 * highest minimum wins. Null when the variant has no price in the currency.
 */
export function catalogUnitPrice(
  prices: CatalogPrice[] | null | undefined,
  context: { currency_code: string; region_id?: string | null; quantity: number }
): number | null {
  const currency = context.currency_code.toLowerCase()
  const inTier = (price: CatalogPrice) =>
    (price.min_quantity ?? 0) <= context.quantity &&
    (price.max_quantity == null || context.quantity <= price.max_quantity)
  const ruleKeys = (price: CatalogPrice) => Object.keys(price.rules ?? {})
  const candidates = (prices ?? []).filter(
    (price) => price.currency_code.toLowerCase() === currency && inTier(price)
  )
  const forRegion = candidates.filter(
    (price) =>
      context.region_id &&
      ruleKeys(price).length === 1 &&
      price.rules?.region_id === context.region_id
  )
  const plain = candidates.filter((price) => ruleKeys(price).length === 0)
  const pool = forRegion.length ? forRegion : plain
  if (!pool.length) return null
  const best = [...pool].sort((a, b) => (b.min_quantity ?? 0) - (a.min_quantity ?? 0))[0]
  return Number(best.amount)
}
