import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { can, type MemberAccess, type Permission } from "../../../shared/permissions"
import { loadMemberships, type Membership } from "../../../workflows/portal/memberships"

/** The header a contact of several companies names the one they act for with. */
export const ACTIVE_COMPANY_HEADER = "x-portal-company"

export type MemberRequest<Body = unknown> = AuthenticatedMedusaRequest<Body> & {
  access: MemberAccess
  /** Every company the caller may act for, as the guard read them for this request. */
  memberships: Membership[]
}

const forbidden = (message: string) => new MedusaError(MedusaError.Types.FORBIDDEN, message)

/**
 * The one guard of the member routes (docs/ARCHITECTURE.md, "Permission
 * model"): after Medusa's customer authentication, it resolves who is acting
 * into `req.access = { kind: "member", customer_id, company_id, permissions }`
 * for the company named in `x-portal-company` (verified against the caller's
 * memberships) or their only or first company, and refuses a caller without
 * `permission` there. Routes declare that permission where they are registered.
 */
export function authorizeMember(permission?: Permission) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const customerId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    if (!customerId) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Sign in to use the portal")
    }
    const memberships = await loadMemberships(req.scope, customerId)
    if (!memberships.length) {
      throw forbidden("Your login has no portal access; ask the merchant to invite you")
    }
    const named = req.get(ACTIVE_COMPANY_HEADER)
    const active = named
      ? memberships.find((membership) => membership.company.id === named)
      : memberships[0]
    if (!active) {
      throw forbidden("You are not a portal contact of that company")
    }
    const access: MemberAccess = {
      kind: "member",
      customer_id: customerId,
      company_id: active.company.id,
      permissions: active.permissions,
    }
    if (permission && !can(access, permission)) {
      throw forbidden(`Your teams at ${active.company.name} do not allow this (${permission})`)
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
export const memberGuard = (permission?: Permission) => [
  authenticate("customer", ["session", "bearer"]),
  authorizeMember(permission),
]
