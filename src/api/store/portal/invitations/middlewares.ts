import {
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { takesNothing } from "../../../utils/takes-nothing"
import { validateParams } from "../../../utils/validate-params"
import { REDACTED_TOKEN } from "../quote-links/authorize-quote-link"
import { StoreAcceptInvitation } from "./validators"

const INVITATION = "/store/portal/invitations/:token"

/**
 * Before anything can refuse the request: the token out of Medusa's access
 * log (as the quote-link guard does) and the no-leak headers.
 */
function hideInvitationToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const token = String(req.params.token ?? "")
  if (token) req.originalUrl = req.originalUrl.split(token).join(REDACTED_TOKEN)
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("Cache-Control", "no-store")
  next()
}

/**
 * Invitations: no customer authentication, the token is the credential
 * (Medusa's publishable-key check on /store still applies). Not member routes
 * (docs/ARCHITECTURE.md, "Routes and guards").
 */
export const storePortalInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/invitations/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptInvitation)],
  },
  { matcher: INVITATION, method: ["GET"], middlewares: [hideInvitationToken] },
  takesNothing(INVITATION, "GET"),
  {
    matcher: INVITATION,
    method: ["GET"],
    middlewares: [validateParams(z.object({ token: z.string().min(1).max(200) }).strict())],
  },
]
