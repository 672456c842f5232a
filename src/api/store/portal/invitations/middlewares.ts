import { type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreAcceptInvitation } from "./validators"

/**
 * Accepting an invitation: no customer authentication, the token in the body
 * is the credential (Medusa's publishable-key check on /store still applies).
 * Not a member route (docs/ARCHITECTURE.md, "Routes and guards").
 */
export const storePortalInvitationRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/invitations/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptInvitation)],
  },
]
