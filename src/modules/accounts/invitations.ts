/**
 * Invitation rules that need no database (docs/ARCHITECTURE.md, "Security
 * rules"): the lifetime, and the status staff see.
 */

export const INVITATION_STATUSES = ["none", "invited", "active", "expired", "revoked"] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

type InvitationState = {
  expires_at: Date | string
  accepted_at?: Date | string | null
  revoked_at?: Date | string | null
}

/** How long an invitation stays usable: `PORTAL_INVITATION_TTL_HOURS`, default 48. */
export function invitationTtlHours(): number {
  const hours = Number(process.env.PORTAL_INVITATION_TTL_HOURS)
  return Number.isFinite(hours) && hours > 0 ? hours : 48
}

export function invitationExpiresAt(now = new Date()): Date {
  return new Date(now.getTime() + invitationTtlHours() * 3600 * 1000)
}

/** One invitation's status: accepted (active), revoked, expired, or still usable (invited). */
export function invitationStatus(invitation: InvitationState, now = new Date()): InvitationStatus {
  if (invitation.accepted_at) return "active"
  if (invitation.revoked_at) return "revoked"
  if (new Date(invitation.expires_at) <= now) return "expired"
  return "invited"
}

/** A member's invitation status: that of their latest invitation, or none. */
export function latestInvitationStatus(
  invitations: Array<InvitationState & { created_at: Date | string }>,
  now = new Date()
): InvitationStatus {
  const latest = [...invitations].sort(
    (a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )[0]
  return latest ? invitationStatus(latest, now) : "none"
}
