import { defineMiddlewares } from "@medusajs/framework/http"
import { adminPortalAgreementTemplateRoutesMiddlewares } from "./admin/portal/agreement-templates/middlewares"
import { adminPortalInvitationRoutesMiddlewares } from "./admin/portal/companies/[id]/members/[member_id]/middlewares"
import { adminPortalCompanyRoutesMiddlewares } from "./admin/portal/companies/middlewares"
import {
  adminPortalDocumentRoutesMiddlewares,
  DOCUMENT_UPLOAD,
} from "./admin/portal/documents/middlewares"
import {
  ADMIN_WORK_REQUEST_UPLOAD,
  adminPortalWorkRequestRoutesMiddlewares,
} from "./admin/portal/work-requests/middlewares"
import { adminPortalConversationRoutesMiddlewares } from "./admin/portal/conversations/middlewares"
import { adminPortalInvoiceRoutesMiddlewares } from "./admin/portal/invoices/middlewares"
import { adminPortalPermissionRoutesMiddlewares } from "./admin/portal/permissions/middlewares"
import { adminPortalQuoteRoutesMiddlewares } from "./admin/portal/quotes/middlewares"
import {
  adminPortalSettingsRoutesMiddlewares,
  LOGO_UPLOAD,
} from "./admin/portal/settings/middlewares"
import {
  adminPortalSignedAgreementRoutesMiddlewares,
  VERIFY_UPLOAD,
} from "./admin/portal/signed-agreements/middlewares"
import { adminPortalPurchaseOrderRoutesMiddlewares } from "./admin/portal/purchase-orders/middlewares"
import { adminPortalSupplierBillRoutesMiddlewares } from "./admin/portal/supplier-bills/middlewares"
import { adminPortalStaffGroupRoutesMiddlewares } from "./admin/portal/staff-groups/middlewares"
import { adminPortalTeamRoutesMiddlewares } from "./admin/portal/teams/middlewares"
import { storePortalCartCompanyRoutesMiddlewares } from "./store/portal/cart-company/middlewares"
import { storePortalDocumentRoutesMiddlewares } from "./store/portal/documents/middlewares"
import {
  REQUESTED_DOCUMENT_UPLOAD,
  storePortalDocumentRequestRoutesMiddlewares,
} from "./store/portal/document-requests/middlewares"
import {
  STORE_WORK_REQUEST_UPLOAD,
  storePortalWorkRequestRoutesMiddlewares,
} from "./store/portal/work-requests/middlewares"
import { storePortalConversationRoutesMiddlewares } from "./store/portal/conversations/middlewares"
import { storePortalInvitationRoutesMiddlewares } from "./store/portal/invitations/middlewares"
import { storePortalKeyRoutesMiddlewares } from "./store/portal-key/middlewares"
import { storePortalInvoicesRoutesMiddlewares } from "./store/portal/invoices/middlewares"
import { storePortalMeRoutesMiddlewares } from "./store/portal/me/middlewares"
import { storePortalOrdersRoutesMiddlewares } from "./store/portal/orders/middlewares"
import { storePortalProductsRoutesMiddlewares } from "./store/portal/products/middlewares"
import { storePortalPurchaseOrdersRoutesMiddlewares } from "./store/portal/purchase-orders/middlewares"
import { storePortalQuoteLinkRoutesMiddlewares } from "./store/portal/quote-links/middlewares"
import { storePortalQuoteRequestRoutesMiddlewares } from "./store/portal/quote-requests/middlewares"
import { storePortalQuotesRoutesMiddlewares } from "./store/portal/quotes/middlewares"
import {
  storePortalSupplierBillsRoutesMiddlewares,
  SUPPLIER_BILL_UPLOAD,
} from "./store/portal/supplier-bills/middlewares"
import { staleRefreshMiddlewares } from "./store/portal/authorize-member"
import { portalErrorHandler, portalInputGuard } from "./utils/input-guard"
import { maskTokensInAccessLog, shieldTokenRoutes } from "./utils/token-routes"

// Medusa's access log prints token routes masked, preflights included (docs/ARCHITECTURE.md, "Security rules").
maskTokensInAccessLog()

/**
 * Group-level entries only; each resource folder's `middlewares.ts` holds its own routes'
 * validators (docs/ARCHITECTURE.md, "Layers").
 */
export default defineMiddlewares({
  errorHandler: portalErrorHandler(),
  routes: [
    // Token routes: the no-leak headers and the token out of the log, before anything of ours can refuse.
    { matcher: "/store/portal", middlewares: [shieldTokenRoutes] },
    // Input hygiene and nosniff for all our routes, before anything else of ours runs.
    ...["/admin/portal", "/store/portal"].map((matcher) => ({
      matcher,
      middlewares: [
        portalInputGuard({
          uploads: [
            VERIFY_UPLOAD,
            LOGO_UPLOAD,
            SUPPLIER_BILL_UPLOAD,
            DOCUMENT_UPLOAD,
            REQUESTED_DOCUMENT_UPLOAD,
            ADMIN_WORK_REQUEST_UPLOAD,
            STORE_WORK_REQUEST_UPLOAD,
          ],
        }),
      ],
    })),
    ...adminPortalCompanyRoutesMiddlewares,
    ...adminPortalInvitationRoutesMiddlewares,
    ...adminPortalTeamRoutesMiddlewares,
    ...adminPortalPermissionRoutesMiddlewares,
    ...adminPortalAgreementTemplateRoutesMiddlewares,
    ...adminPortalQuoteRoutesMiddlewares,
    ...adminPortalInvoiceRoutesMiddlewares,
    ...adminPortalSettingsRoutesMiddlewares,
    ...adminPortalStaffGroupRoutesMiddlewares,
    ...adminPortalSignedAgreementRoutesMiddlewares,
    ...adminPortalPurchaseOrderRoutesMiddlewares,
    ...adminPortalSupplierBillRoutesMiddlewares,
    ...adminPortalDocumentRoutesMiddlewares,
    ...adminPortalWorkRequestRoutesMiddlewares,
    ...adminPortalConversationRoutesMiddlewares,
    // Keeps its token guard ahead of its body validators (docs/ARCHITECTURE.md, "Routes and guards").
    ...storePortalQuoteLinkRoutesMiddlewares,
    // The invitation token is the credential: no customer authentication.
    ...storePortalInvitationRoutesMiddlewares,
    // Member routes: Medusa's customer authentication, then the member guard.
    ...storePortalMeRoutesMiddlewares,
    ...storePortalQuotesRoutesMiddlewares,
    ...storePortalQuoteRequestRoutesMiddlewares,
    ...storePortalOrdersRoutesMiddlewares,
    ...storePortalInvoicesRoutesMiddlewares,
    ...storePortalDocumentRoutesMiddlewares,
    ...storePortalDocumentRequestRoutesMiddlewares,
    ...storePortalWorkRequestRoutesMiddlewares,
    ...storePortalConversationRoutesMiddlewares,
    ...storePortalProductsRoutesMiddlewares,
    ...storePortalPurchaseOrdersRoutesMiddlewares,
    ...storePortalSupplierBillsRoutesMiddlewares,
    ...storePortalCartCompanyRoutesMiddlewares,
    ...storePortalKeyRoutesMiddlewares,
    // A customer token older than one of their memberships is not refreshed into a newer one.
    ...staleRefreshMiddlewares,
  ],
})
