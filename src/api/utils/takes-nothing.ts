import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoBody, NoQueryParams } from "./query-params"

/** Nothing to read: no fields, no page. */
const noQuery = validateAndTransformQuery(NoQueryParams, { isList: false })
const noBody = validateAndTransformBody(NoBody)

/**
 * Every route validates its query and body (docs/ARCHITECTURE.md, "Routes and guards");
 * this entry is for a route that takes neither: a GET refuses any query, any other
 * method refuses any body.
 */
export const takesNothing = (
  matcher: string,
  method: "GET" | "POST" | "DELETE"
): MiddlewareRoute => ({
  matcher,
  method: [method],
  middlewares: method === "GET" ? [noQuery] : [noBody],
})
