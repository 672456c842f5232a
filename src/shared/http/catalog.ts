import type { CatalogStock, LineTotals, PriceBreak } from "../catalog"
import type { OneOrMany, PaginatedResponse } from "./common"

/**
 * The portal catalog, `GET /store/portal/products[/:id]` (docs/ARCHITECTURE.md,
 * "Catalog"). Prices and stock are there only as the portal settings allow: a
 * field the settings hide is absent, not null.
 */

/** The member's price of one unit at the asked quantity. */
export type StorePortalProductPrice = {
  currency_code: string
  amount: number
  original_amount: number
  /** The unit price after Medusa's automatic promotions for the member's company. */
  net_amount: number
  is_discounted: boolean
  tax_inclusive: boolean
}

export type StorePortalProductVariant = {
  id: string
  title: string | null
  sku: string | null
  options: { option: string | null; value: string }[]
  /** Absent while prices are hidden; null without a price in the region's currency. */
  price?: StorePortalProductPrice | null
  price_breaks?: PriceBreak[]
  /** A line of the asked quantity as the cart totals it; absent while prices are hidden. */
  line?: LineTotals | null
  /** Absent while the stock display is off. */
  stock?: CatalogStock
}

export type StorePortalCategory = { id: string; name: string; handle: string }

export type StorePortalProduct = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  thumbnail: string | null
  images: { url: string }[]
  categories: StorePortalCategory[]
  options: { title: string; values: string[] }[]
  /** Present (true) while the settings hide prices. */
  price_on_request?: true
  variants: StorePortalProductVariant[]
}

export type StorePortalProductResponse = { product: StorePortalProduct }

/** A page of products, and every category the catalog's filter offers. */
export type StorePortalProductListResponse = PaginatedResponse<{
  products: StorePortalProduct[]
  categories: StorePortalCategory[]
}>

/** Prices for this region (its currency), at this quantity (the tier that applies). */
export type StorePortalProductPriceParams = { region_id?: string; quantity?: number }

export type StoreGetPortalProductParams = StorePortalProductPriceParams

export type StoreListPortalProductsParams = StorePortalProductPriceParams & {
  q?: string
  category_id?: OneOrMany<string>
  limit?: number
  offset?: number
}
