import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/admin/portal/purchase-orders`: purchase orders to suppliers (docs/ARCHITECTURE.md, "Procurement"). */
export const adminPortalPurchaseOrderRoutesMiddlewares: MiddlewareRoute[] = []
