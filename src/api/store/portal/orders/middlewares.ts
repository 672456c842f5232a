import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { listTransformQueryConfig, retrieveTransformQueryConfig } from "./query-config"
import { MemberOrderPathParams, StoreListMemberOrdersParams } from "./validators"

const ORDERS = "/store/portal/orders"

/**
 * `/store/portal/orders`: the active company's orders, for contacts whose teams
 * allow `orders.view`. The guard runs before any validator, so nothing of a
 * refused caller's request is parsed (docs/ARCHITECTURE.md, "Member API: orders
 * and invoices").
 */
export const storePortalOrdersRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: ORDERS,
    method: ["GET"],
    middlewares: [
      ...memberGuard("orders.view"),
      validateAndTransformQuery(StoreListMemberOrdersParams, listTransformQueryConfig),
    ],
  },
  {
    matcher: `${ORDERS}/:id`,
    method: ["GET"],
    middlewares: [
      ...memberGuard("orders.view"),
      validateParams(MemberOrderPathParams),
      validateAndTransformQuery(NoQueryParams, retrieveTransformQueryConfig),
    ],
  },
]
