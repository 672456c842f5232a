import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/store/portal/supplier-bills`: the active supplier company's bills (docs/ARCHITECTURE.md, "Procurement"). */
export const storePortalSupplierBillsRoutesMiddlewares: MiddlewareRoute[] = []
