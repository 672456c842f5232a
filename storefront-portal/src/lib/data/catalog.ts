import type { PriceBreak } from "@shared/catalog"
import type {
  StorePortalProduct,
  StorePortalProductListResponse,
  StorePortalProductResponse,
  StorePortalProductVariant,
  StoreListPortalProductsParams,
} from "@shared/http/catalog"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { memberFetch } from "../member-api"
import { listQuery } from "./lists"

// The portal catalog as `GET /store/portal/products[/:id]` answers it (README,
// "Catalog"): prices and stock are present only as the merchant's settings
// allow, so those fields of the answer may be missing (docs/ARCHITECTURE.md,
// "Storefront portal").

export const catalog = {
  list: (query: CatalogQuery) =>
    memberFetch<StorePortalProductListResponse>("/store/portal/products", { query }),
  product: (id: string, query: { quantity?: number } = {}) =>
    memberFetch<StorePortalProductResponse>(`/store/portal/products/${encodeURIComponent(id)}`, {
      query,
    }),
  /** The categories holding portal products (the catalog's answer lists them), for the filter. */
  categories: async () => (await catalog.list({ limit: 1, offset: 0 })).categories,
}

export type CatalogQuery = StoreListPortalProductsParams

export const catalogKeys = {
  list: (query: CatalogQuery) => ["catalog", query] as const,
  products: () => ["catalog-product"] as const,
  product: (id: string) => [...catalogKeys.products(), id] as const,
  /** The product priced at `quantity`: under the product's key, so the two refetch together. */
  line: (id: string, quantity: number) => [...catalogKeys.product(id), { quantity }] as const,
  categories: () => ["catalog-categories"] as const,
}

/** A page of products; the previous page stays shown while the next loads. */
export const useCatalogList = (query: CatalogQuery) =>
  useQuery(listQuery(catalogKeys.list(query), () => catalog.list(query)))

export const useCatalogProduct = (id: string) =>
  useQuery({ queryKey: catalogKeys.product(id), queryFn: () => catalog.product(id) })

/**
 * The variant's line at `quantity` as the server totals it (the cart's own
 * computation), kept on screen while the next quantity loads.
 */
export const useCatalogLine = (productId: string, variantId: string, quantity: number) =>
  useQuery({
    queryKey: catalogKeys.line(productId, quantity),
    queryFn: () => catalog.product(productId, { quantity }),
    select: (data) => data.product.variants.find((variant) => variant.id === variantId)?.line,
    placeholderData: keepPreviousData,
  })

export const useCategories = () =>
  useQuery({ queryKey: catalogKeys.categories(), queryFn: catalog.categories, staleTime: 300_000 })

/** The unit price that applies at `quantity`: the row of the price breaks it falls in. */
export function breakAt(variant: StorePortalProductVariant, quantity: number): PriceBreak | null {
  const rows = variant.price_breaks ?? []
  return (
    rows.find(
      (row) =>
        quantity >= row.min_quantity && (row.max_quantity === null || quantity <= row.max_quantity)
    ) ?? null
  )
}

/** The lowest net unit price of any variant at any quantity: the list's "from" price. */
export function fromPrice(
  product: StorePortalProduct
): { amount: number; currency: string } | null {
  let best: { amount: number; currency: string } | null = null
  for (const variant of product.variants) {
    if (!variant.price) continue
    const amounts = [
      variant.price.net_amount,
      ...(variant.price_breaks ?? []).map((row) => row.net_amount),
    ]
    const amount = Math.min(...amounts)
    if (!best || amount < best.amount) best = { amount, currency: variant.price.currency_code }
  }
  return best
}
