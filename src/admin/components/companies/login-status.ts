import type { CompanyMember } from "../../hooks/companies"

/**
 * A contact's portal login as staff see it (docs/ARCHITECTURE.md, "Accounts"):
 * disabled (the membership is switched off), active (an invitation was
 * accepted: a login the customer already had counts only then), invited (a
 * live invitation), or none (never invited, or the last invitation expired or
 * was revoked).
 */
export type LoginStatus = "none" | "invited" | "active" | "disabled"

type MemberState = Pick<CompanyMember, "status" | "invitation_status" | "activated_at">

export function loginStatus(member: MemberState): LoginStatus {
  if (member.status === "disabled") return "disabled"
  if (member.activated_at) return "active"
  if (member.invitation_status === "invited") return "invited"
  return "none"
}

export const LOGIN_STATUS_LABELS: Record<LoginStatus, string> = {
  none: "No login",
  invited: "Invited",
  active: "Active",
  disabled: "Disabled",
}

export const LOGIN_STATUS_COLORS = {
  none: "grey",
  invited: "orange",
  active: "green",
  disabled: "red",
} as const satisfies Record<LoginStatus, string>

/** Why a contact without a login has none, when an invitation went out before. */
export function loginStatusDetail(member: MemberState): string | null {
  if (loginStatus(member) !== "none") return null
  if (member.invitation_status === "expired") return "The last invitation expired"
  if (member.invitation_status === "revoked") return "The last invitation was revoked"
  return null
}
