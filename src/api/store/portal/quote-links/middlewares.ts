import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { takesNothing } from "../../../utils/takes-nothing"
import { StoreCreateInvoicePaymentSession, StorePayInvoice } from "./[token]/invoices/validators"
import { authorizeQuoteLink } from "./authorize-quote-link"
import {
  StoreAcceptQuote,
  StoreDeclineQuote,
  StoreQuoteMessage,
  StoreQuoteSelection,
  StoreSignQuote,
} from "./validators"

const QUOTE_LINK = "/store/portal/quote-links/:token"

/**
 * The buyer's quote-link routes. The token is the credential: the guard entries come
 * before every body validator, so no body is read for a bad token (docs/ARCHITECTURE.md,
 * "Routes and guards").
 */
export const storePortalQuoteLinkRoutesMiddlewares: MiddlewareRoute[] = [
  takesNothing(QUOTE_LINK, "GET"),
  takesNothing(`${QUOTE_LINK}/messages`, "GET"),
  takesNothing(`${QUOTE_LINK}/invoices`, "GET"),
  takesNothing(`${QUOTE_LINK}/invoices/:invoice_id/pdf`, "GET"),
  takesNothing(`${QUOTE_LINK}/pdf`, "GET"),
  { matcher: QUOTE_LINK, middlewares: [authorizeQuoteLink] },
  { matcher: `${QUOTE_LINK}/*`, middlewares: [authorizeQuoteLink] },
  {
    matcher: `${QUOTE_LINK}/selection`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreQuoteSelection)],
  },
  {
    matcher: `${QUOTE_LINK}/accept`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptQuote)],
  },
  {
    matcher: `${QUOTE_LINK}/decline`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreDeclineQuote)],
  },
  {
    matcher: `${QUOTE_LINK}/messages`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreQuoteMessage)],
  },
  {
    matcher: `${QUOTE_LINK}/sign`,
    method: ["POST"],
    // A drawn signature may be up to 1 MB of PNG, sent as base64.
    bodyParser: { sizeLimit: "2mb" },
    middlewares: [validateAndTransformBody(StoreSignQuote)],
  },
  {
    matcher: `${QUOTE_LINK}/invoices/:invoice_id/payment-sessions`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateInvoicePaymentSession)],
  },
  {
    matcher: `${QUOTE_LINK}/invoices/:invoice_id/pay`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(StorePayInvoice)],
  },
]
