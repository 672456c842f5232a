import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { MAX_SUPPLIER_BILL_BYTES } from "../../../../shared/procurement"
import { singleFileUpload } from "../../../utils/input-guard"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import {
  MemberSupplierBillPathParams,
  StoreListSupplierBillsParams,
  StoreSubmitSupplierBill,
} from "./validators"
import { listSupplierBillsQueryConfig, retrieveSupplierBillQueryConfig } from "./query-config"

const SUPPLIER_BILLS = "/store/portal/supplier-bills"
/** A multipart upload: the group-level input guard lets it through (src/api/middlewares.ts). */
export const SUPPLIER_BILL_UPLOAD = SUPPLIER_BILLS

/**
 * `/store/portal/supplier-bills`: the active supplier company's bills, for
 * contacts whose teams allow `supplier_bills.submit` (docs/ARCHITECTURE.md,
 * "Procurement"). The upload is read only after the guard let the caller in.
 */
export const storePortalSupplierBillsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: SUPPLIER_BILLS,
    method: ["GET"],
    middlewares: [
      ...memberGuard("supplier_bills.submit"),
      validateAndTransformQuery(StoreListSupplierBillsParams, listSupplierBillsQueryConfig),
    ],
  },
  {
    matcher: SUPPLIER_BILL_UPLOAD,
    method: ["POST"],
    middlewares: [
      ...memberGuard("supplier_bills.submit"),
      singleFileUpload("file", MAX_SUPPLIER_BILL_BYTES),
      validateAndTransformBody(StoreSubmitSupplierBill),
    ],
  },
  ...[`${SUPPLIER_BILLS}/:id`, `${SUPPLIER_BILLS}/:id/pdf`].map((matcher): MiddlewareRoute => ({
    matcher,
    method: ["GET"],
    middlewares: [
      ...memberGuard("supplier_bills.submit"),
      validateParams(MemberSupplierBillPathParams),
      validateAndTransformQuery(NoQueryParams, retrieveSupplierBillQueryConfig),
    ],
  })),
]
