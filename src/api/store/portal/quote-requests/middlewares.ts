import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { memberGuard } from "../authorize-member"
import { StoreRequestQuote } from "./validators"

/**
 * `/store/portal/quote-requests`: a contact whose teams grant `quotes.request`
 * turns their portal cart into a quote request (docs/ARCHITECTURE.md, "Quote
 * requests"). Guard before the validator.
 */
export const storePortalQuoteRequestRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/quote-requests",
    method: ["POST"],
    middlewares: [...memberGuard("quotes.request"), validateAndTransformBody(StoreRequestQuote)],
  },
]
