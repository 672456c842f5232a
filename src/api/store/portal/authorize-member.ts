import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../lib/refusal"
import { can, type MemberAccess, type Permission } from "../../../shared/permissions"
import { loadMemberships, type Membership } from "../../../workflows/portal/utils/memberships"

/** The header a contact of several companies names the one they act for with. */
export const ACTIVE_COMPANY_HEADER = "x-portal-company"

export type MemberRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  access: MemberAccess
  /** Every company the caller may act for, as the guard read them for this request. */
  memberships: Membership[]
}

const signInAgain = () => refusal(MedusaError.Types.UNAUTHORIZED, "access.sign_in_again")

/** The `iat` of the caller's token, or 0 (counts for no membership) when it has none. */
const issuedAtOf = (auth: AuthenticatedMedusaRequest["auth_context"] | undefined) => {
  const iat = (auth as { iat?: unknown } | undefined)?.iat
  return typeof iat === "number" ? iat : 0
}

/**
 * The one guard of the member routes: resolves who is acting into `req.access` for the
 * company of `x-portal-company` and refuses a caller without `permission` there, so handlers
 * never read the token (docs/ARCHITECTURE.md, "Permission model", "Accounts").
 */
export function authorizeMember(permission?: Permission | readonly Permission[]) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const auth = (req as AuthenticatedMedusaRequest).auth_context
    const customerId = auth?.actor_id
    if (!customerId) {
      throw refusal(MedusaError.Types.UNAUTHORIZED, "access.sign_in")
    }
    // Medusa's JWT (and a session made from one) carries `iat`.
    const memberships = await loadMemberships(req.scope, customerId, issuedAtOf(auth))
    if (!memberships.length) {
      if ((await loadMemberships(req.scope, customerId)).length) throw signInAgain()
      throw refusal(MedusaError.Types.FORBIDDEN, "access.no_portal_access")
    }
    const named = req.get(ACTIVE_COMPANY_HEADER)
    const active = named
      ? memberships.find((membership) => membership.company.id === named)
      : memberships[0]
    if (!active) {
      throw refusal(MedusaError.Types.FORBIDDEN, "access.not_company_contact")
    }
    const access: MemberAccess = {
      kind: "member",
      customer_id: customerId,
      company_id: active.company.id,
      permissions: active.permissions,
    }
    // Several: each is needed (a write that answers what it wrote needs its view too).
    const missing = [permission ?? []].flat().find((needed) => !can(access, needed))
    if (missing) {
      throw refusal(MedusaError.Types.FORBIDDEN, "access.teams_forbid", {
        company: active.company.name,
        permission: missing,
      })
    }
    ;(req as MemberRequest).access = access
    ;(req as MemberRequest).memberships = memberships
    next()
  }
}

/**
 * A member route's guard, first in its middlewares: Medusa's customer login,
 * then `authorizeMember(permission)`, so validators run only for a caller let in.
 */
export const memberGuard = (permission?: Permission | readonly Permission[]) => [
  authenticate("customer", ["session", "bearer"]),
  authorizeMember(permission),
]

/**
 * Medusa's `POST /auth/token/refresh` issues a fresh token from any valid one:
 * a customer token issued before one of their memberships opened may not be
 * refreshed into a token that would act for it ("Accounts"); sign in again.
 */
async function refuseStaleRefresh(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  if (auth?.actor_type === "customer" && auth.actor_id) {
    const issuedAt = issuedAtOf(auth)
    const opened = await loadMemberships(req.scope, auth.actor_id)
    const current = await loadMemberships(req.scope, auth.actor_id, issuedAt)
    if (opened.length !== current.length) throw signInAgain()
  }
  next()
}

export const staleRefreshMiddlewares = [
  {
    matcher: "/auth/token/refresh",
    method: ["POST" as const],
    middlewares: [
      authenticate("customer", ["bearer"], { allowUnauthenticated: true }),
      refuseStaleRefresh,
    ],
  },
]
