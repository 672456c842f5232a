import type { MedusaResponse } from "@medusajs/framework/http"
import type { MemberRequest } from "../../authorize-member"
import type { StorePortalProductResponse } from "../../../../../shared/http"
import { getCatalogProduct } from "../presenters"
import type { StoreGetPortalProductParamsType } from "../validators"

/** One product of the portal channel, or the same 404 as an unknown id. */
export const GET = async (req: MemberRequest, res: MedusaResponse<StorePortalProductResponse>) => {
  const params = req.validatedQuery as StoreGetPortalProductParamsType
  res.setHeader("Cache-Control", "no-store")
  res.json({ product: await getCatalogProduct(req.scope, req.access, req.params.id, params) })
}
