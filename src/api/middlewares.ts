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
import {
  AdminCreateInvoice,
  AdminGetInvoiceParams,
  AdminListInvoicesParams,
} from "./admin/portal/invoices/validators"
import { AdminUpdatePortalSettings } from "./admin/portal/settings/validators"
import { adminPortalCompanyRoutesMiddlewares } from "./admin/portal/companies/middlewares"
import { adminPortalPermissionRoutesMiddlewares } from "./admin/portal/permissions/middlewares"
import { adminPortalTeamRoutesMiddlewares } from "./admin/portal/teams/middlewares"
import { MAX_LOGO_BYTES } from "../shared/portal-settings"
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
import { portalErrorHandler, portalInputGuard, singleFileUpload } from "./utils/input-guard"
import { NoBody, NoQueryParams } from "./utils/query-params"
import { ADMIN_QUOTE_FIELDS, ADMIN_QUOTE_LIST_FIELDS } from "./utils/quote-view"

const ADMIN_QUOTES = "/admin/portal/quotes"
const ADMIN_AGREEMENT_TEMPLATES = "/admin/portal/agreement-templates"
const QUOTE_LINK = "/store/portal/quote-links/:token"
const ADMIN_INVOICES = "/admin/portal/invoices"
const VERIFY_UPLOAD = "/admin/portal/signed-agreements/:id/verify"
const LOGO_UPLOAD = "/admin/portal/settings/logo"

/** Every route validates its query and body; these are for routes that take none. */
const noQuery = validateAndTransformQuery(NoQueryParams, {})
const noBody = validateAndTransformBody(NoBody)
const takesNothing = (matcher: string, method: "GET" | "POST" | "DELETE") => ({
  matcher,
  method: [method],
  middlewares: method === "GET" ? [noQuery] : [noBody],
})

export default defineMiddlewares({
  errorHandler: portalErrorHandler(),
  routes: [
    // Input hygiene and nosniff for all our routes, before anything else of ours runs.
    ...["/admin/portal", "/store/portal"].map((matcher) => ({
      matcher,
      middlewares: [portalInputGuard({ uploads: [VERIFY_UPLOAD, LOGO_UPLOAD] })],
    })),
    ...adminPortalCompanyRoutesMiddlewares,
    ...adminPortalTeamRoutesMiddlewares,
    ...adminPortalPermissionRoutesMiddlewares,
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
    {
      matcher: "/admin/portal/settings",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdatePortalSettings)],
    },
    {
      matcher: VERIFY_UPLOAD,
      method: ["POST"],
      middlewares: [singleFileUpload("file", 25 * 1024 * 1024)],
    },
    {
      matcher: LOGO_UPLOAD,
      method: ["POST"],
      middlewares: [singleFileUpload("file", MAX_LOGO_BYTES), validateAndTransformBody(NoBody)],
    },
    takesNothing(`${ADMIN_AGREEMENT_TEMPLATES}/:id`, "GET"),
    takesNothing(`${ADMIN_AGREEMENT_TEMPLATES}/:id`, "DELETE"),
    takesNothing(`${ADMIN_AGREEMENT_TEMPLATES}/variables`, "GET"),
    takesNothing(`${ADMIN_QUOTES}/:id/send`, "POST"),
    takesNothing(`${ADMIN_QUOTES}/:id/cancel`, "POST"),
    takesNothing(`${ADMIN_QUOTES}/:id/duplicate`, "POST"),
    takesNothing(`${ADMIN_QUOTES}/:id/link/revoke`, "POST"),
    takesNothing(`${ADMIN_QUOTES}/:id/items/:item_id`, "DELETE"),
    takesNothing(`${ADMIN_QUOTES}/:id/messages`, "GET"),
    takesNothing(`${ADMIN_QUOTES}/:id/signed-agreement/pdf`, "GET"),
    takesNothing(`${ADMIN_INVOICES}/:id/void`, "POST"),
    takesNothing(`${ADMIN_INVOICES}/:id/record-payment`, "POST"),
    takesNothing(`${ADMIN_INVOICES}/:id/pdf`, "GET"),
    takesNothing("/admin/portal/settings", "GET"),
    takesNothing(QUOTE_LINK, "GET"),
    takesNothing(`${QUOTE_LINK}/messages`, "GET"),
    takesNothing(`${QUOTE_LINK}/invoices`, "GET"),
    takesNothing(`${QUOTE_LINK}/invoices/:invoice_id/pdf`, "GET"),
    takesNothing(`${QUOTE_LINK}/pdf`, "GET"),
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
