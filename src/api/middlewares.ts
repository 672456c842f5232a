import multer from "multer"
import {
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminCreateAgreementTemplate,
  AdminListAgreementTemplatesParams,
  AdminPreviewAgreementTemplate,
  AdminUpdateAgreementTemplate,
} from "./admin/portal/agreement-templates/validators"
import {
  AdminAddQuoteItems,
  AdminCreateQuote,
  AdminGetQuoteParams,
  AdminListQuotesParams,
  AdminQuoteMessage,
  AdminUpdateQuote,
  AdminUpdateQuoteItem,
} from "./admin/portal/quotes/validators"
import {
  ADMIN_INVOICE_FIELDS,
  ADMIN_INVOICE_LIST_FIELDS,
} from "./admin/portal/invoices/query-config"
import { AdminGetInvoiceParams, AdminListInvoicesParams } from "./admin/portal/invoices/validators"
import { AdminUpdatePortalSettings } from "./admin/portal/settings/validators"
import { authorizeQuoteLink } from "./store/portal/quote-links/authorize-quote-link"
import {
  StoreCreateInvoicePaymentSession,
  StorePayInvoice,
} from "./store/portal/quote-links/[token]/invoices/validators"
import {
  StoreAcceptQuote,
  StoreDeclineQuote,
  StoreQuoteMessage,
  StoreQuoteSelection,
  StoreSignQuote,
} from "./store/portal/quote-links/validators"
import { AGREEMENT_TEMPLATE_FIELDS } from "./utils/agreement-template-view"
import { ADMIN_QUOTE_FIELDS, ADMIN_QUOTE_LIST_FIELDS } from "./utils/quote-view"

const ADMIN_QUOTES = "/admin/portal/quotes"
const ADMIN_AGREEMENT_TEMPLATES = "/admin/portal/agreement-templates"
const QUOTE_LINK = "/store/portal/quote-links/:token"
const ADMIN_INVOICES = "/admin/portal/invoices"

export default defineMiddlewares({
  routes: [
    {
      matcher: ADMIN_AGREEMENT_TEMPLATES,
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminListAgreementTemplatesParams, {
          defaults: AGREEMENT_TEMPLATE_FIELDS,
          allowed: AGREEMENT_TEMPLATE_FIELDS,
          isList: true,
        }),
      ],
    },
    {
      matcher: ADMIN_AGREEMENT_TEMPLATES,
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateAgreementTemplate)],
    },
    {
      matcher: `${ADMIN_AGREEMENT_TEMPLATES}/preview`,
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminPreviewAgreementTemplate)],
    },
    {
      matcher: `${ADMIN_AGREEMENT_TEMPLATES}/:id`,
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateAgreementTemplate)],
    },
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
      matcher: `${ADMIN_INVOICES}/:id`,
      method: ["GET"],
      middlewares: [
        validateAndTransformQuery(AdminGetInvoiceParams, {
          defaults: ADMIN_INVOICE_FIELDS,
          isList: false,
        }),
      ],
    },
    {
      matcher: "/admin/portal/settings",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdatePortalSettings)],
    },
    {
      matcher: "/admin/portal/signed-agreements/:id/verify",
      method: ["POST"],
      middlewares: [
        multer({
          storage: multer.memoryStorage(),
          limits: { fileSize: 25 * 1024 * 1024, files: 1 },
        }).single("file"),
      ],
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
  ],
})
