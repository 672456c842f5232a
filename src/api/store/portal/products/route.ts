import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../authorize-member"
import type { StorePortalProductListResponse } from "../../../../shared/http"
import { listCatalogProducts } from "./presenters"
import type { StoreListPortalProductsParamsType } from "./validators"

/** The portal channel's published products, with the member's prices and stock per the settings. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalProductListResponse>
) => {
  const params = req.validatedQuery as StoreListPortalProductsParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json(await listCatalogProducts(req.scope, req.access, params))
}
