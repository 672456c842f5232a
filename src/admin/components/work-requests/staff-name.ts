import type { StaffUser } from "../../hooks/users"

/** "Mia Merchant", else the email. */
export const staffName = (user: StaffUser) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email

/** Who a request is assigned to, as a list or a header shows it. */
export function assigneeName(
  assigneeId: string | null,
  users: StaffUser[] | undefined,
  meId?: string
): string {
  if (!assigneeId) return "Unassigned"
  const user = users?.find((candidate) => candidate.id === assigneeId)
  const name = user ? staffName(user) : "A former staff member"
  return assigneeId === meId ? `${name} (you)` : name
}
