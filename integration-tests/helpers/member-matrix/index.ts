import { CATALOG_ROUTES } from "./catalog"
import { CONVERSATION_ROUTES } from "./conversations"
import { DOCUMENTS_ROUTES } from "./documents"
import { INVOICES_ROUTES } from "./invoices"
import { ME_ROUTES } from "./me"
import { ORDERS_ROUTES } from "./orders"
import { QUOTES_ROUTES } from "./quotes"
import { REQUESTS_ROUTES } from "./requests"
import { SUPPLIER_ROUTES } from "./supplier"
import type { MatrixEntry } from "./types"
import { WORK_REQUEST_ROUTES } from "./work-requests"

export * from "./types"

/**
 * The route × actor matrix of the member routes, one file per resource:
 * every route registered under /store/portal, except the token routes, needs
 * an entry (integration-tests/http/member-access.spec.ts fails without one).
 */
export const MATRIX: Record<string, MatrixEntry> = {
  ...ME_ROUTES,
  ...QUOTES_ROUTES,
  ...ORDERS_ROUTES,
  ...INVOICES_ROUTES,
  ...CATALOG_ROUTES,
  ...REQUESTS_ROUTES,
  ...SUPPLIER_ROUTES,
  ...DOCUMENTS_ROUTES,
  ...WORK_REQUEST_ROUTES,
  ...CONVERSATION_ROUTES,
}
