import type { MiddlewareRoute } from "@medusajs/framework/http"

/** `/admin/portal/supplier-bills`: bills suppliers submitted (docs/ARCHITECTURE.md, "Procurement"). */
export const adminPortalSupplierBillRoutesMiddlewares: MiddlewareRoute[] = []
