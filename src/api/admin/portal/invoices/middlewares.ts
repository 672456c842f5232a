import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { takesNothing } from "../../../utils/takes-nothing"
import { ADMIN_INVOICE_FIELDS, ADMIN_INVOICE_LIST_FIELDS } from "./query-config"
import { AdminCreateInvoice, AdminGetInvoiceParams, AdminListInvoicesParams } from "./validators"

const ADMIN_INVOICES = "/admin/portal/invoices"

/** Invoices: list, create, read, void, record a payment, the PDF. */
export const adminPortalInvoiceRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: ADMIN_INVOICES,
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminListInvoicesParams, {
        defaults: ADMIN_INVOICE_LIST_FIELDS,
        isList: true,
      }),
    ],
  },
  {
    matcher: ADMIN_INVOICES,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateInvoice)],
  },
  {
    matcher: `${ADMIN_INVOICES}/:id`,
    method: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetInvoiceParams, {
        defaults: ADMIN_INVOICE_FIELDS,
        isList: false,
      }),
    ],
  },
  takesNothing(`${ADMIN_INVOICES}/:id/void`, "POST"),
  takesNothing(`${ADMIN_INVOICES}/:id/record-payment`, "POST"),
  takesNothing(`${ADMIN_INVOICES}/:id/pdf`, "GET"),
]
