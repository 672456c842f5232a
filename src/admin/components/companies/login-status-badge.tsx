import { StatusBadge } from "@medusajs/ui"
import type { CompanyMember } from "../../hooks/companies"
import { LOGIN_STATUS_COLORS, LOGIN_STATUS_LABELS, loginStatus } from "./login-status"

/** The contact's portal login: No login, Invited, Active or Disabled. */
export const LoginStatusBadge = ({ member }: { member: CompanyMember }) => {
  const status = loginStatus(member)
  return (
    <StatusBadge color={LOGIN_STATUS_COLORS[status]} data-testid="login-status">
      {LOGIN_STATUS_LABELS[status]}
    </StatusBadge>
  )
}
