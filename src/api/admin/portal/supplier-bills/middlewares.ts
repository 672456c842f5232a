import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoBody, NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import {
  AdminListSupplierBillsParams,
  AdminRejectSupplierBill,
  AdminSupplierBillPathParams,
} from "./validators"
import { listSupplierBillsQueryConfig, retrieveSupplierBillQueryConfig } from "./query-config"

const BILLS = "/admin/portal/supplier-bills"
const BILL = `${BILLS}/:id`
const params = validateParams(AdminSupplierBillPathParams)

/** `/admin/portal/supplier-bills`: bills suppliers submitted (docs/ARCHITECTURE.md, "Procurement"). */
export const adminPortalSupplierBillRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: BILLS,
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListSupplierBillsParams, listSupplierBillsQueryConfig),
    ],
  },
  ...[BILL, `${BILL}/pdf`].map((matcher): MiddlewareRoute => ({
    matcher,
    method: ["GET"],
    middlewares: [
      params,
      validateAndTransformQuery(NoQueryParams, retrieveSupplierBillQueryConfig),
    ],
  })),
  ...[`${BILL}/approve`, `${BILL}/mark-paid`].map((matcher): MiddlewareRoute => ({
    matcher,
    method: ["POST"],
    middlewares: [params, validateAndTransformBody(NoBody)],
  })),
  {
    matcher: `${BILL}/reject`,
    method: ["POST"],
    middlewares: [params, validateAndTransformBody(AdminRejectSupplierBill)],
  },
]
