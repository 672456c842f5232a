import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAddQuoteItems,
  AdminCreateQuote,
  AdminGetQuoteParams,
  AdminListQuotesParams,
  AdminQuoteMessage,
  AdminUpdateQuote,
  AdminUpdateQuoteItem,
} from "./admin/portal/quotes/validators"
import { authorizeQuoteLink } from "./store/portal/quote-links/authorize-quote-link"
import {
  StoreAcceptQuote,
  StoreDeclineQuote,
  StoreQuoteMessage,
  StoreQuoteSelection,
} from "./store/portal/quote-links/validators"
import { ADMIN_QUOTE_FIELDS, ADMIN_QUOTE_LIST_FIELDS } from "./utils/quote-view"

const ADMIN_QUOTES = "/admin/portal/quotes"
const QUOTE_LINK = "/store/portal/quote-links/:token"

export default defineMiddlewares({
  routes: [
    {
      matcher: ADMIN_QUOTES,
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminListQuotesParams, {
          defaults: ADMIN_QUOTE_LIST_FIELDS,
          isList: true,
        }),
      ],
    },
    {
      matcher: ADMIN_QUOTES,
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateQuote)],
    },
    {
      matcher: `${ADMIN_QUOTES}/:id`,
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminGetQuoteParams, {
          defaults: ADMIN_QUOTE_FIELDS,
          isList: false,
        }),
      ],
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
    // Token routes: the token is the credential; the guard runs before any body is read.
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
  ],
})
