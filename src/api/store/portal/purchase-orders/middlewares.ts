import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/store/portal/purchase-orders`: the active supplier company's purchase orders (docs/ARCHITECTURE.md, "Procurement"). */
export const storePortalPurchaseOrdersRoutesMiddlewares: MiddlewareRoute[] = []
