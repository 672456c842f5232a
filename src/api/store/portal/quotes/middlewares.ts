import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/store/portal/quotes`: the active company's quotes, for contacts whose teams allow it. */
export const storePortalQuotesRoutesMiddlewares: MiddlewareRoute[] = []
