import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { validateParams } from "../../../utils/validate-params"
import { memberGuard } from "../authorize-member"
import {
  PortalProductPathParams,
  StoreGetPortalProductParams,
  StoreListPortalProductsParams,
} from "./validators"
import { listProductsQueryConfig, retrieveProductQueryConfig } from "./query-config"

const PRODUCTS = "/store/portal/products"

/**
 * `/store/portal/products`: the portal channel's catalog for contacts whose teams
 * allow `catalog.view`, guard before validators (docs/ARCHITECTURE.md, "Catalog").
 */
export const storePortalProductsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: PRODUCTS,
    method: ["GET"],
    middlewares: [
      ...memberGuard("catalog.view"),
      validateAndTransformQuery(StoreListPortalProductsParams, listProductsQueryConfig),
    ],
  },
  {
    matcher: `${PRODUCTS}/:id`,
    method: ["GET"],
    middlewares: [
      ...memberGuard("catalog.view"),
      validateParams(PortalProductPathParams),
      validateAndTransformQuery(StoreGetPortalProductParams, retrieveProductQueryConfig),
    ],
  },
]
