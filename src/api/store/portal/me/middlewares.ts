import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { memberGuard } from "../authorize-member"
import { retrieveBrandingQueryConfig, retrieveMeQueryConfig } from "./query-config"
import { StoreUpdateMe } from "./validators"

/**
 * `/store/portal/me`: any signed-in contact with portal access; no permission
 * needed. The guard runs before the validators, so a caller without portal
 * access learns nothing of the shape.
 */
export const storePortalMeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/me",
    method: ["GET"],
    middlewares: [
      ...memberGuard(),
      validateAndTransformQuery(NoQueryParams, retrieveMeQueryConfig),
    ],
  },
  {
    matcher: "/store/portal/me",
    method: ["POST"],
    middlewares: [...memberGuard(), validateAndTransformBody(StoreUpdateMe)],
  },
  // Beside /me, as the other half of the branding the portal shows: public (Medusa's
  // publishable key only), no guard, no query (docs/ARCHITECTURE.md, "Storefront portal").
  {
    matcher: "/store/portal/branding",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoQueryParams, retrieveBrandingQueryConfig)],
  },
]
