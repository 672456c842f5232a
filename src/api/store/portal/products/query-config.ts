/**
 * What the catalog routes read (Medusa's query-config pattern; docs/ARCHITECTURE.md,
 * "Layers"): the product fields are fixed, the member chooses only the page,
 * the search, the category and the price context (validators.ts).
 */

export const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "categories.id",
  "categories.name",
  "categories.handle",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.options.value",
  "variants.options.option.title",
]

export const listProductsQueryConfig = { isList: true }
export const retrieveProductQueryConfig = { isList: false }
