import type { MedusaContainer } from "@medusajs/framework/types"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invitationExpiresAt } from "../../../modules/accounts/invitations"
import { portalUrl } from "../../shared/utils/urls"
import { mintLinkToken } from "../../../modules/quote/tokens"
import { emailInvitation } from "../utils/email-invitation"
import { loadCompanyStep } from "../steps/companies"
import {
  assertMemberInvitableStep,
  createInvitationStep,
  revokeInvitationsStep,
} from "../steps/invitations"
import { loadMemberStep } from "../steps/members"
import { recordAccessEventsStep } from "../steps/record-access-events"

const LOCK_WAIT_SECONDS = 30
const LOCK_TTL_SECONDS = 120

/** Invitations of one member queue behind this lock (sends, resends, revokes). */
export const memberLockKey = (member_id: string) => `portal-member:${member_id}`

type MemberRef = { company_id: string; member_id: string; actor_id: string }
export type InviteMemberWorkflowInput = MemberRef & { token_hash: string }

/**
 * Staff invite a contact, under the member's lock; a resend revokes the live invitation, and
 * the new one is stored by its token's hash only (docs/ARCHITECTURE.md, "Accounts"). Use
 * `inviteMember`, which mints the token and emails it.
 */
export const inviteMemberWorkflow = createWorkflow(
  "portal-invite-member",
  (input: InviteMemberWorkflowInput) => {
    const lockKey = transform({ input }, ({ input }) => memberLockKey(input.member_id))
    acquireLockStep({ key: lockKey, timeout: LOCK_WAIT_SECONDS, ttl: LOCK_TTL_SECONDS })
    const member = loadMemberStep(input)
    const company = loadCompanyStep(input.company_id)
    const email = assertMemberInvitableStep({ company, member })
    const revoked = revokeInvitationsStep(input.member_id)
    const invitation = createInvitationStep(
      transform({ input, email }, ({ input, email }) => ({
        member_id: input.member_id,
        email,
        token_hash: input.token_hash,
        expires_at: invitationExpiresAt(),
        invited_by: input.actor_id,
      }))
    )
    recordAccessEventsStep(
      transform({ input, invitation, revoked }, ({ input, invitation, revoked }) => [
        {
          type: revoked.length ? ("invitation_resent" as const) : ("invitation_sent" as const),
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: input.company_id,
          member_id: input.member_id,
          data: { invitation_id: invitation.id, revoked_invitation_ids: revoked },
        },
      ])
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({
      invitation,
      company_name: transform({ company }, ({ company }) => company.name),
      customer_id: transform({ member }, ({ member }) => member.customer_id as string),
    })
  }
)

/**
 * Staff revoke the member's live invitation, under the member's lock; its link
 * then answers the neutral 404. Audited as invitation_revoked when one was live.
 */
export const revokeInvitationWorkflow = createWorkflow(
  "portal-revoke-invitation",
  (input: MemberRef) => {
    const lockKey = transform({ input }, ({ input }) => memberLockKey(input.member_id))
    acquireLockStep({ key: lockKey, timeout: LOCK_WAIT_SECONDS, ttl: LOCK_TTL_SECONDS })
    loadMemberStep(input)
    const revoked = revokeInvitationsStep(input.member_id)
    recordAccessEventsStep(
      transform({ input, revoked }, ({ input, revoked }) =>
        revoked.map((invitation_id) => ({
          type: "invitation_revoked" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: input.company_id,
          member_id: input.member_id,
          data: { invitation_id },
        }))
      )
    )
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(revoked)
  }
)

export type SentInvitation = {
  invitation: { id: string; email: string; expires_at: Date }
  email_sent: boolean
}

export type IssuedInvitation = {
  invitation: { id: string; email: string; expires_at: Date }
  company_name: string
  /** The invited contact's customer: the email follows their language. */
  customer_id: string
  /** The raw token, `${portalUrl}/invite/<token>`: never stored, never passed to a workflow. */
  token: string
  url: string
}

/**
 * Mints an invitation's token here, outside the workflow, because the workflow
 * engine may persist workflow inputs and step outputs; only its hash enters
 * `inviteMemberWorkflow`. Returns the accept URL to whoever delivers it:
 * `inviteMember` emails it, the demo seed prints it.
 */
export async function issueInvitation(
  container: MedusaContainer,
  input: MemberRef
): Promise<IssuedInvitation> {
  const { token, token_hash } = mintLinkToken()
  const { result } = await inviteMemberWorkflow(container).run({
    input: { ...input, token_hash },
  })
  return {
    invitation: result.invitation,
    company_name: result.company_name,
    customer_id: result.customer_id,
    token,
    url: portalUrl(container, `/invite/${token}`),
  }
}

/**
 * Invites a member (`issueInvitation`); the accept URL travels only in the
 * email's content (docs/ARCHITECTURE.md, "Security rules").
 */
export async function inviteMember(
  container: MedusaContainer,
  input: MemberRef
): Promise<SentInvitation> {
  const issued = await issueInvitation(container, input)
  const email_sent = await emailInvitation(container, {
    to: issued.invitation.email,
    customer_id: issued.customer_id,
    company_id: input.company_id,
    company_name: issued.company_name,
    url: issued.url,
    expires_at: issued.invitation.expires_at,
  })
  return { invitation: issued.invitation, email_sent }
}
