import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { memberGuard } from "../authorize-member"
import { StoreSetCartCompany } from "./validators"

/**
 * `/store/portal/cart-company`: a contact who may see the catalog makes their
 * cart a portal cart of the company they act for (docs/ARCHITECTURE.md,
 * "Money", carts priced for the active company). Guard before the validator.
 */
export const storePortalCartCompanyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/cart-company",
    method: ["POST"],
    middlewares: [...memberGuard("catalog.view"), validateAndTransformBody(StoreSetCartCompany)],
  },
]
