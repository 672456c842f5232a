import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/store/portal/orders`: the active company's orders, for contacts whose teams allow it. */
export const storePortalOrdersRoutesMiddlewares: MiddlewareRoute[] = []
