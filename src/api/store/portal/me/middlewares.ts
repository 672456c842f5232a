import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { authorizeMember } from "../authorize-member"

/** `/store/portal/me`: any signed-in contact with portal access; no permission needed. */
export const storePortalMeRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/me",
    method: ["GET"],
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      validateAndTransformQuery(NoQueryParams, {}),
      authorizeMember(),
    ],
  },
]
