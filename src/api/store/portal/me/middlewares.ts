import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { authorizeMember } from "../authorize-member"
import { StoreUpdateMe } from "./validators"

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
  {
    matcher: "/store/portal/me",
    method: ["POST"],
    // The guard before the body validator: a caller without portal access learns nothing of the shape.
    middlewares: [
      authenticate("customer", ["session", "bearer"]),
      authorizeMember(),
      validateAndTransformBody(StoreUpdateMe),
    ],
  },
]
