import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listTransformQueryConfig, retrieveTransformQueryConfig } from "./query-config"
import { takesNothing } from "../../../utils/takes-nothing"
import {
  AdminAddQuoteItems,
  AdminCreateQuote,
  AdminGetQuoteParams,
  AdminListQuotesParams,
  AdminQuoteMessage,
  AdminUpdateQuote,
  AdminUpdateQuoteItem,
} from "./validators"

const ADMIN_QUOTES = "/admin/portal/quotes"

/** Quotes, their items, messages, link, and signed agreement PDF. */
export const adminPortalQuoteRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: ADMIN_QUOTES,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListQuotesParams, listTransformQueryConfig)],
  },
  {
    matcher: ADMIN_QUOTES,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateQuote)],
  },
  {
    matcher: `${ADMIN_QUOTES}/:id`,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetQuoteParams, retrieveTransformQueryConfig)],
  },
  {
    matcher: `${ADMIN_QUOTES}/:id`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateQuote)],
  },
  {
    matcher: `${ADMIN_QUOTES}/:id/items`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAddQuoteItems)],
  },
  {
    matcher: `${ADMIN_QUOTES}/:id/items/:item_id`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateQuoteItem)],
  },
  {
    matcher: `${ADMIN_QUOTES}/:id/messages`,
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminQuoteMessage)],
  },
  takesNothing(`${ADMIN_QUOTES}/:id/send`, "POST"),
  takesNothing(`${ADMIN_QUOTES}/:id/cancel`, "POST"),
  takesNothing(`${ADMIN_QUOTES}/:id/take-up`, "POST"),
  takesNothing(`${ADMIN_QUOTES}/:id/duplicate`, "POST"),
  takesNothing(`${ADMIN_QUOTES}/:id/link/revoke`, "POST"),
  takesNothing(`${ADMIN_QUOTES}/:id/items/:item_id`, "DELETE"),
  takesNothing(`${ADMIN_QUOTES}/:id/messages`, "GET"),
  takesNothing(`${ADMIN_QUOTES}/:id/signed-agreement/pdf`, "GET"),
]
