import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"
import { invitationStatus } from "../../../modules/accounts/invitations"
import type AccountsModuleService from "../../../modules/accounts/service"
import { hashToken, looksLikeLinkToken } from "../../../modules/quote/tokens"
import { refusal } from "../../../lib/refusal"

/** What the invitation page may say about its link before anyone types. */
export type InvitationCheck = {
  status: "valid" | "used" | "expired" | "revoked"
  company_name: string
  /** The invited address, for the password rule; only while the invitation can be accepted. */
  email?: string
}

const STATUS = { invited: "valid", active: "used", expired: "expired", revoked: "revoked" } as const

/**
 * The state of the invitation behind `token`, for its holder (the token is
 * the credential, so naming its state tells a stranger nothing): an unknown
 * or malformed token is the neutral 404, as accepting it is. An invitation
 * whose company or contact has lost portal access reads as revoked, since
 * accepting it would be refused (docs/ARCHITECTURE.md, "Security rules").
 */
export async function checkInvitation(
  container: MedusaContainer,
  token: string
): Promise<InvitationCheck> {
  const invalid = refusal(MedusaError.Types.NOT_FOUND, "account.invalid_invitation")
  if (!looksLikeLinkToken(token)) throw invalid
  const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const [invitation] = await accounts.listPortalInvitations(
    { token_hash: hashToken(token) },
    { take: 1, relations: ["member"] }
  )
  if (!invitation) throw invalid
  const member = invitation.member as unknown as { company_id: string; status: string }
  const company = await accounts.retrievePortalCompany(member.company_id, {
    select: ["name", "allow_portal"],
  })
  let status: InvitationCheck["status"] =
    STATUS[invitationStatus(invitation) as keyof typeof STATUS]
  if (status === "valid" && (!company.allow_portal || member.status !== "active")) {
    status = "revoked"
  }
  return {
    status,
    company_name: company.name,
    ...(status === "valid" ? { email: invitation.email } : {}),
  }
}
