import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/store/portal/invoices`: the active company's invoices, for contacts whose teams allow it. */
export const storePortalInvoicesRoutesMiddlewares: MiddlewareRoute[] = []
