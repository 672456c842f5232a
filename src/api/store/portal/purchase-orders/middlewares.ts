import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import {
  MemberPurchaseOrderPathParams,
  StoreAcknowledgePurchaseOrder,
  StoreListPurchaseOrdersParams,
  StoreRequestPurchaseOrderChange,
} from "./validators"
import { listPurchaseOrdersQueryConfig, retrievePurchaseOrderQueryConfig } from "./query-config"

const PURCHASE_ORDERS = "/store/portal/purchase-orders"
const PURCHASE_ORDER = `${PURCHASE_ORDERS}/:id`

/**
 * `/store/portal/purchase-orders`: the active supplier company's purchase orders,
 * for contacts whose teams allow `purchase_orders.view`; acknowledging or asking
 * for a change needs `purchase_orders.acknowledge` (docs/ARCHITECTURE.md,
 * "Procurement").
 */
export const storePortalPurchaseOrdersRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: PURCHASE_ORDERS,
    method: ["GET"],
    middlewares: [
      ...memberGuard("purchase_orders.view"),
      validateAndTransformQuery(StoreListPurchaseOrdersParams, listPurchaseOrdersQueryConfig),
    ],
  },
  ...[PURCHASE_ORDER, `${PURCHASE_ORDER}/pdf`].map((matcher): MiddlewareRoute => ({
    matcher,
    method: ["GET"],
    middlewares: [
      ...memberGuard("purchase_orders.view"),
      validateParams(MemberPurchaseOrderPathParams),
      validateAndTransformQuery(NoQueryParams, retrievePurchaseOrderQueryConfig),
    ],
  })),
  {
    matcher: `${PURCHASE_ORDER}/acknowledge`,
    method: ["POST"],
    middlewares: [
      ...memberGuard("purchase_orders.acknowledge"),
      validateParams(MemberPurchaseOrderPathParams),
      validateAndTransformBody(StoreAcknowledgePurchaseOrder),
    ],
  },
  {
    matcher: `${PURCHASE_ORDER}/request-change`,
    method: ["POST"],
    middlewares: [
      ...memberGuard("purchase_orders.acknowledge"),
      validateParams(MemberPurchaseOrderPathParams),
      validateAndTransformBody(StoreRequestPurchaseOrderChange),
    ],
  },
]
