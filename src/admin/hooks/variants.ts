import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { CatalogPrice } from "../lib/catalog-price"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { useDebouncedValue } from "../lib/use-debounced-value"

/** A variant a quote line can be made from, with the prices that price it. */
export type VariantOption = {
  id: string
  product_title: string
  title: string
  sku: string | null
  thumbnail: string | null
  prices: CatalogPrice[]
}

/** A variant a purchase order line can be made from. */
export type PurchasableVariant = {
  id: string
  product_title: string
  title: string | null
  sku: string | null
  /** Only variants whose stock Medusa manages can be ordered from a supplier. */
  manage_inventory: boolean
}

const PRICED_FIELDS = "id,title,thumbnail,*variants,*variants.prices"
const INVENTORY_FIELDS =
  "id,title,variants.id,variants.title,variants.sku,variants.manage_inventory"

/** Variants are searched through their products (GET /admin/products). */
export const variantKeys = queryKeysFactory("variants")

/**
 * Product variants matching a search, with their prices: the quote form fills a
 * line's unit price from them for the quote's currency, region and quantity.
 */
export function usePricedVariantSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  return useQuery({
    queryKey: variantKeys.list({ q, fields: PRICED_FIELDS }),
    queryFn: () => sdk.admin.product.list({ q: q || undefined, limit: 10, fields: PRICED_FIELDS }),
    select: (data): VariantOption[] =>
      data.products.flatMap((product) =>
        (product.variants ?? []).map((variant) => ({
          id: variant.id,
          product_title: product.title,
          title: variant.title ?? "",
          sku: variant.sku ?? null,
          thumbnail: product.thumbnail ?? null,
          prices: (variant.prices ?? []) as unknown as CatalogPrice[],
        }))
      ),
    placeholderData: keepPreviousData,
  })
}

/** Catalog variants matching a title or SKU search, for a purchase order's lines. */
export function usePurchasableVariantSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  return useQuery({
    queryKey: variantKeys.list({ q, fields: INVENTORY_FIELDS }),
    queryFn: () =>
      sdk.client.fetch<{
        products: Array<{
          title: string
          variants?: Array<{
            id: string
            title: string | null
            sku: string | null
            manage_inventory: boolean | null
          }> | null
        }>
      }>("/admin/products", {
        query: { q: q || undefined, limit: 10, fields: INVENTORY_FIELDS },
      }),
    select: (data): PurchasableVariant[] =>
      data.products.flatMap((product) =>
        (product.variants ?? []).map((variant) => ({
          id: variant.id,
          product_title: product.title,
          title: variant.title,
          sku: variant.sku,
          manage_inventory: !!variant.manage_inventory,
        }))
      ),
    placeholderData: keepPreviousData,
  })
}
