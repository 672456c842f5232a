import { z } from "@medusajs/framework/zod"
import type {
  StoreGetPortalProductParams as StoreGetPortalProductQuery,
  StoreListPortalProductsParams as StoreListPortalProductsQuery,
} from "../../../../shared/http"
import { oneOrMany, pageParams } from "../../../utils/query-params"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** A query parameter that is a whole number from 1 up (`?quantity=25`). */
const quantity = z.preprocess(
  (value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value),
  z.number().int().min(1).max(1_000_000)
)

/** Prices for this region (its currency), at this quantity (the tier that applies). */
const priceContext = {
  region_id: prefixedId("reg").optional(),
  quantity: quantity.optional(),
}

export const StoreListPortalProductsParams = pageParams({
  q: z.string().trim().min(1).max(200).optional(),
  category_id: oneOrMany(prefixedId("pcat")).optional(),
  ...priceContext,
})
export type StoreListPortalProductsParamsType = z.infer<typeof StoreListPortalProductsParams>

export const StoreGetPortalProductParams = z.object(priceContext).strict()
export type StoreGetPortalProductParamsType = z.infer<typeof StoreGetPortalProductParams>

export const PortalProductPathParams = z.object({ id: prefixedId("prod") }).strict()

/** The shared query types (src/shared/http/catalog.ts) are these validators'. */
export type CatalogContract = [
  Assert<AgreesWith<StoreListPortalProductsQuery, typeof StoreListPortalProductsParams>>,
  Assert<AgreesWith<StoreGetPortalProductQuery, typeof StoreGetPortalProductParams>>,
]
