import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import {
  AdminCancelPurchaseOrder,
  AdminCreatePurchaseOrder,
  AdminDeclinePurchaseOrderChange,
  AdminListPurchaseOrdersParams,
  AdminReceivePurchaseOrder,
  AdminUpdatePurchaseOrder,
  PurchaseOrderParams,
} from "./validators"
import { listPurchaseOrdersQueryConfig, retrievePurchaseOrderQueryConfig } from "./query-config"

const PURCHASE_ORDERS = "/admin/portal/purchase-orders"
const noQuery = validateAndTransformQuery(NoQueryParams, retrievePurchaseOrderQueryConfig)
const poParams = validateParams(PurchaseOrderParams)

/** `/admin/portal/purchase-orders`: purchase orders to suppliers (docs/ARCHITECTURE.md, "Procurement"). */
export const adminPortalPurchaseOrderRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: PURCHASE_ORDERS,
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListPurchaseOrdersParams, listPurchaseOrdersQueryConfig),
    ],
  },
  {
    matcher: PURCHASE_ORDERS,
    method: ["POST"],
    middlewares: [noQuery, validateAndTransformBody(AdminCreatePurchaseOrder)],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id`,
    method: ["GET"],
    middlewares: [poParams, noQuery],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id`,
    method: ["POST"],
    middlewares: [poParams, noQuery, validateAndTransformBody(AdminUpdatePurchaseOrder)],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id/send`,
    method: ["POST"],
    middlewares: [poParams, noQuery, validateAndTransformBody(NoBody)],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id/receive`,
    method: ["POST"],
    middlewares: [poParams, noQuery, validateAndTransformBody(AdminReceivePurchaseOrder)],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id/cancel`,
    method: ["POST"],
    middlewares: [poParams, noQuery, validateAndTransformBody(AdminCancelPurchaseOrder)],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id/decline-change`,
    method: ["POST"],
    middlewares: [poParams, noQuery, validateAndTransformBody(AdminDeclinePurchaseOrderChange)],
  },
  {
    matcher: `${PURCHASE_ORDERS}/:id/pdf`,
    method: ["GET"],
    middlewares: [poParams, noQuery],
  },
]
