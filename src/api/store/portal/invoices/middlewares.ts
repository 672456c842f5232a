import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoQueryParams } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import { listTransformQueryConfig, retrieveTransformQueryConfig } from "./query-config"
import {
  MemberInvoicePathParams,
  StoreCreateInvoicePaymentSession,
  StoreListMemberInvoicesParams,
  StorePayInvoice,
} from "./validators"

const INVOICES = "/store/portal/invoices"
const INVOICE = `${INVOICES}/:id`

/**
 * `/store/portal/invoices`: the active company's invoices, for contacts whose
 * teams allow `invoices.view`; paying needs `invoices.pay` (docs/ARCHITECTURE.md,
 * "Member API: orders and invoices").
 */
export const storePortalInvoicesRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: INVOICES,
    method: ["GET"],
    middlewares: [
      ...memberGuard("invoices.view"),
      validateAndTransformQuery(StoreListMemberInvoicesParams, listTransformQueryConfig),
    ],
  },
  ...[INVOICE, `${INVOICE}/pdf`].map((matcher): MiddlewareRoute => ({
    matcher,
    method: ["GET"],
    middlewares: [
      ...memberGuard("invoices.view"),
      validateParams(MemberInvoicePathParams),
      validateAndTransformQuery(NoQueryParams, retrieveTransformQueryConfig),
    ],
  })),
  {
    matcher: `${INVOICE}/payment-sessions`,
    method: ["POST"],
    middlewares: [
      ...memberGuard("invoices.pay"),
      validateParams(MemberInvoicePathParams),
      validateAndTransformBody(StoreCreateInvoicePaymentSession),
    ],
  },
  {
    matcher: `${INVOICE}/pay`,
    method: ["POST"],
    middlewares: [
      ...memberGuard("invoices.pay"),
      validateParams(MemberInvoicePathParams),
      validateAndTransformBody(StorePayInvoice),
    ],
  },
]
