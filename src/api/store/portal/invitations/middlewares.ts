import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { takesNothing } from "../../../utils/takes-nothing"
import { validateParams } from "../../../utils/validate-params"
import { StoreAcceptInvitation } from "./validators"

const INVITATION = "/store/portal/invitations/:token"

/**
 * Invitations: no customer authentication, the token is the credential
 * (Medusa's publishable-key check on /store still applies). Not member routes
 * (docs/ARCHITECTURE.md, "Routes and guards"). The no-leak headers and the
 * token's masking in the log come first (`shieldTokenRoutes`).
 */
export const storePortalInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/invitations/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptInvitation)],
  },
  takesNothing(INVITATION, "GET"),
  {
    matcher: INVITATION,
    method: ["GET"],
    middlewares: [validateParams(z.object({ token: z.string().min(1).max(200) }).strict())],
  },
]
