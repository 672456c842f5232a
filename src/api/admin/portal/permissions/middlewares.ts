import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { retrievePermissionsQueryConfig } from "./query-config"

/** The permission catalogue for the admin's teams matrix. */
export const adminPortalPermissionRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/portal/permissions",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(NoQueryParams, retrievePermissionsQueryConfig)],
  },
]
