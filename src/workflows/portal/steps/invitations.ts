import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import type { PortalCompanyDTO, PortalMemberDTO } from "../../../modules/accounts/service"
import { accountsService } from "./portal-service"

/**
 * Staff may invite only an active member of a company whose portal access is
 * on, with an email on their customer record (else 409). Returns that email.
 */
export const assertMemberInvitableStep = createStep(
  "portal-assert-member-invitable",
  async (input: { company: PortalCompanyDTO; member: PortalMemberDTO }, { container }) => {
    if (!input.company.allow_portal) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${input.company.name} has no portal access; allow it before inviting its contacts`
      )
    }
    if (input.member.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This contact is disabled; enable them before inviting them"
      )
    }
    const customer = await container
      .resolve(Modules.CUSTOMER)
      .retrieveCustomer(input.member.customer_id, { select: ["id", "email"] })
    if (!customer.email) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This contact's customer record has no email to send the invitation to"
      )
    }
    return new StepResponse(customer.email)
  }
)

/** Revokes the member's live invitations (a resend, or staff revoking); compensation un-revokes them. */
export const revokeInvitationsStep = createStep(
  "portal-revoke-invitations",
  async (member_id: string, { container }) => {
    const accounts = accountsService(container)
    const live = await accounts.listPortalInvitations(
      { member_id, accepted_at: null, revoked_at: null },
      { select: ["id"] }
    )
    const ids = live.map((invitation) => invitation.id)
    if (ids.length) {
      const revoked_at = new Date()
      await accounts.updatePortalInvitations(ids.map((id) => ({ id, revoked_at })))
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await accountsService(container).updatePortalInvitations(
      ids.map((id) => ({ id, revoked_at: null }))
    )
  }
)

export type CreateInvitationInput = {
  member_id: string
  email: string
  token_hash: string
  expires_at: Date
  invited_by: string
}

/** Stores the invitation by its token's hash; compensation deletes it. */
export const createInvitationStep = createStep(
  "portal-create-invitation",
  async (input: CreateInvitationInput, { container }) => {
    const invitation = await accountsService(container).createPortalInvitations(input)
    const { id, email, expires_at } = invitation
    return new StepResponse({ id, email, expires_at }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountsService(container).deletePortalInvitations(id)
  }
)

/**
 * Marks the invitation accepted with one conditional UPDATE (neutral 404 when
 * it was used, revoked or expired meanwhile); compensation makes it usable again.
 */
export const claimInvitationStep = createStep(
  "portal-claim-invitation",
  async (id: string, { container }) => {
    const accepted_at = await accountsService(container).claimInvitation(id)
    return new StepResponse(accepted_at, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountsService(container).updatePortalInvitations({ id, accepted_at: null })
  }
)

/**
 * Moves a membership to the customer who already has a login for the
 * invitation's email (409 if that customer is already in the company);
 * compensation moves it back.
 */
export const moveMemberToCustomerStep = createStep(
  "portal-move-member-to-customer",
  async (input: { member_id: string; customer_id: string }, { container }) => {
    const accounts = accountsService(container)
    const member = await accounts.retrievePortalMember(input.member_id, {
      select: ["id", "customer_id", "company_id"],
    })
    if (member.customer_id === input.customer_id) return new StepResponse(null, null)
    const [other] = await accounts.listPortalMembers(
      {
        company_id: (member as unknown as PortalMemberDTO).company_id,
        customer_id: input.customer_id,
      },
      { take: 1 }
    )
    if (other) {
      throw refusal(MedusaError.Types.CONFLICT, "account.login_already_contact")
    }
    await accounts.updatePortalMembers({ id: member.id, customer_id: input.customer_id })
    return new StepResponse(null, { id: member.id, customer_id: member.customer_id })
  },
  async (previous, { container }) => {
    if (!previous) return
    await accountsService(container).updatePortalMembers(previous)
  }
)

/** Now, to the second: the precision of a JWT's `iat`, which the member guard compares it to. */
export const activationTime = (now = Date.now()) => new Date(Math.floor(now / 1000) * 1000)

/**
 * Opens the membership at acceptance (docs/ARCHITECTURE.md, "Accounts"):
 * `activated_at` becomes now, so tokens issued before it stay refused on the
 * member routes; compensation puts the previous value back.
 */
export const activateMemberStep = createStep(
  "portal-activate-member",
  async (member_id: string, { container }) => {
    const accounts = accountsService(container)
    const before = await accounts.retrievePortalMember(member_id, {
      select: ["id", "activated_at"],
    })
    const activated_at = activationTime()
    await accounts.updatePortalMembers({ id: member_id, activated_at })
    return new StepResponse(activated_at, {
      id: member_id,
      activated_at: (before as unknown as { activated_at: Date | null }).activated_at ?? null,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    await accountsService(container).updatePortalMembers(previous)
  }
)
