import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { takesNothing } from "../../../utils/takes-nothing"
import { listTransformQueryConfig, retrieveTransformQueryConfig } from "./query-config"
import { AdminCreateInvoice, AdminGetInvoiceParams, AdminListInvoicesParams } from "./validators"

const ADMIN_INVOICES = "/admin/portal/invoices"

/** Invoices: list, create, read, void, record a payment, the PDF. */
export const adminPortalInvoiceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: ADMIN_INVOICES,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListInvoicesParams, listTransformQueryConfig)],
  },
  {
    matcher: ADMIN_INVOICES,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateInvoice)],
  },
  {
    matcher: `${ADMIN_INVOICES}/:id`,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetInvoiceParams, retrieveTransformQueryConfig)],
  },
  takesNothing(`${ADMIN_INVOICES}/:id/void`, "POST"),
  takesNothing(`${ADMIN_INVOICES}/:id/record-payment`, "POST"),
  takesNothing(`${ADMIN_INVOICES}/:id/pdf`, "GET"),
]
