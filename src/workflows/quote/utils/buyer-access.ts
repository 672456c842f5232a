import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { type Access, can, type Permission } from "../../../shared/permissions"
import type { QuoteStatus } from "../../../shared/quote-statuses"

/**
 * The quotes an actor may reach, as Query filters, so a quote outside them is not found,
 * exactly like one that does not exist (docs/ARCHITECTURE.md, "Permission model").
 */
export function quoteFiltersFor(quoteId: string, access?: Access | null) {
  if (!access) return { id: quoteId }
  if (access.kind === "link") {
    if (access.quote_id !== quoteId) {
      throw refusal(MedusaError.Types.NOT_FOUND, "quote.not_found", { id: quoteId })
    }
    return { id: quoteId }
  }
  return { id: quoteId, company_id: access.company_id, ...memberVisible() }
}

/**
 * The quotes a member may see of their company: any but a draft, except a
 * draft staff took up from a member's request, which stays visible as being
 * prepared until it is sent (docs/ARCHITECTURE.md, "Quote requests"). With
 * `statuses`, only those (`requested` includes the taken-up requests).
 */
export function memberVisible(statuses?: readonly QuoteStatus[]) {
  const preparing = { status: "draft" as const, requested_at: { $ne: null } }
  if (!statuses) return { $or: [{ status: { $ne: "draft" as const } }, preparing] }
  const wanted = statuses.filter((status) => status !== "draft")
  return statuses.includes("requested")
    ? { $or: [{ status: wanted }, preparing] }
    : { status: wanted }
}

/**
 * A quote's status as a buyer sees it: a request staff took up (a draft, which
 * a member sees only then) is still `requested`, with `being_prepared`.
 */
export function buyerStatus(status: string) {
  return status === "draft"
    ? { status: "requested", being_prepared: true }
    : { status, being_prepared: false }
}

/**
 * Whose address book a buyer picks the shipping address from
 * (docs/ARCHITECTURE.md, "Permission model"): through the link, the quote's
 * customer's (the link was sent to them); a logged-in contact, their own, so
 * a colleague neither sees nor ships to the addressee's saved addresses.
 */
export function addressBookOwner(access: Access, quote: { customer_id: string }): string {
  return access.kind === "member" ? access.customer_id : quote.customer_id
}

/** Who an access acts as on the quote's timeline and messages. */
export function buyerActor(access: Access) {
  return {
    actor_type: "customer" as const,
    actor_id: access.kind === "member" ? access.customer_id : undefined,
  }
}

/**
 * The permission check inside a workflow, so a caller that skipped the route
 * guard (a script, another workflow) is held to the same rule.
 */
export const assertPermittedStep = createStep(
  "portal-assert-permitted",
  async ({ access, permission }: { access: Access; permission: Permission }) => {
    if (!can(access, permission)) {
      throw refusal(MedusaError.Types.FORBIDDEN, "access.teams_forbid", {
        permission,
        context: "unnamed",
      })
    }
  }
)
