import type {
  AuthIdentityDTO,
  AuthMfaChallengeDTO,
  MedusaContainer,
} from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  linkCustomersToCustomerGroupStep,
  setAuthAppMetadataStep,
  updateCustomersStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"
import type { RefusalKey } from "../../../lib/i18n"
import { refusal } from "../../../lib/refusal"
import { passwordRules } from "../../../shared/password-rules"
import type AccountsModuleService from "../../../modules/accounts/service"
import { hashToken, looksLikeLinkToken } from "../../../modules/quote/tokens"
import { diffCompanyGroupStep } from "../steps/company-group"
import {
  activateMemberStep,
  claimInvitationStep,
  moveMemberToCustomerStep,
} from "../steps/invitations"
import { recordAccessEventsStep } from "../steps/record-access-events"

const LOCK_WAIT_SECONDS = 30
const EMAILPASS = "emailpass"

export type AcceptInvitationWorkflowInput = {
  invitation_id: string
  member_id: string
  company_id: string
  /** The customer the login is for: the member's, or the registered one with the email. */
  customer_id: string
  auth_identity_id: string
  /** The identity has no customer yet: set `app_metadata.customer_id`. */
  bind: boolean
  created_identity: boolean
  first_name?: string
  last_name?: string
}

/**
 * Binds an emailpass identity to the invited contact and opens the membership, which only
 * tokens issued from now on act for. No password or token enters it (docs/ARCHITECTURE.md,
 * "Accounts", "Security rules").
 */
export const acceptInvitationWorkflow = createWorkflow(
  "portal-accept-invitation",
  (input: AcceptInvitationWorkflowInput) => {
    claimInvitationStep(input.invitation_id)
    moveMemberToCustomerStep(
      transform({ input }, ({ input }) => ({
        member_id: input.member_id,
        customer_id: input.customer_id,
      }))
    )
    activateMemberStep(input.member_id)
    when({ input }, ({ input }) => input.bind).then(() => {
      setAuthAppMetadataStep(
        transform({ input }, ({ input }) => ({
          authIdentityId: input.auth_identity_id,
          actorType: "customer",
          value: input.customer_id,
        }))
      )
    })
    updateCustomersStep(
      transform({ input }, ({ input }) => ({
        selector: { id: input.customer_id },
        update: {
          has_account: true,
          ...(input.first_name ? { first_name: input.first_name } : {}),
          ...(input.last_name ? { last_name: input.last_name } : {}),
        },
      }))
    )
    const change = diffCompanyGroupStep(input.company_id)
    linkCustomersToCustomerGroupStep(change)
    recordAccessEventsStep(
      transform({ input }, ({ input }) => [
        {
          type: "invitation_accepted" as const,
          actor_type: "customer" as const,
          actor_id: input.customer_id,
          company_id: input.company_id,
          member_id: input.member_id,
          data: {
            invitation_id: input.invitation_id,
            auth_identity_id: input.auth_identity_id,
            created_identity: input.created_identity,
          },
        },
      ])
    )
    return new WorkflowResponse({ customer_id: input.customer_id })
  }
)

export type AcceptedInvitation = {
  auth_identity_id: string
  customer_id: string
  /** Set when the existing login has MFA on: the token then awaits the challenge, as at login. */
  mfa_challenge?: AuthMfaChallengeDTO
}

export type AcceptInvitationInput = {
  token: string
  password: string
  first_name?: string
  last_name?: string
}

const invalid = () => refusal(MedusaError.Types.NOT_FOUND, "account.invalid_invitation")

/** The refusal of a new password that breaks a rule of src/shared/password-rules.ts, by its id. */
export const PASSWORD_RULE_REFUSALS: Record<string, RefusalKey> = {
  length: "account.password_length",
  mix: "account.password_mix",
  email: "account.password_email",
  max: "account.password_max",
}

/**
 * A filter matching `email` whatever its case: Medusa stores customer emails
 * and emailpass identities as typed, so "Bea@Acme.test" and "bea@acme.test"
 * are one mailbox with two spellings (`%`, `_` and `\` taken literally).
 */
const sameEmail = (email: string) => ({ $ilike: email.replace(/[\\%_]/g, "\\$&") })

/** Of records found by `sameEmail`, the one spelled exactly so, else the first. */
function spelledAs<T>(records: T[], email: string, spelling: (record: T) => string | null) {
  return records.find((record) => spelling(record) === email) ?? records[0]
}

/**
 * Accepts an invitation. The token and password stay out of every workflow, and a lock on
 * the email makes concurrent accepts create one identity (docs/ARCHITECTURE.md, "Security
 * rules"). Returns the auth identity to issue a token for.
 */
export async function acceptInvitation(
  container: MedusaContainer,
  input: AcceptInvitationInput
): Promise<AcceptedInvitation> {
  if (!looksLikeLinkToken(input.token)) throw invalid()
  const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const found = await accounts.retrieveLiveInvitation({ token_hash: hashToken(input.token) })
  const email = found.email
  return await container.resolve(Modules.LOCKING).execute(
    `portal-invitation-email:${email.toLowerCase()}`,
    async () => {
      // Fresh under the lock: a concurrent accept may have used it meanwhile.
      const invitation = await accounts.retrieveLiveInvitation({ id: found.id })
      const [member] = await accounts.listPortalMembers({ id: invitation.member_id }, { take: 1 })
      if (!member) throw invalid()
      const company_id = (member as unknown as { company_id: string }).company_id
      const company = await accounts.retrievePortalCompany(company_id, { select: ["allow_portal"] })
      if (!company.allow_portal || member.status !== "active") {
        throw refusal(MedusaError.Types.CONFLICT, "account.contact_access_off")
      }
      const customers = container.resolve(Modules.CUSTOMER)
      // A registered customer with this email (in any case) is the one the login belongs to.
      const registered = spelledAs(
        await customers.listCustomers(
          { email: sameEmail(email) as unknown as string, has_account: true },
          { select: ["id", "email"] }
        ),
        email,
        (customer) => customer.email
      )
      const customer_id = registered?.id ?? member.customer_id

      // The login for this mailbox, however its email was typed: never a second one.
      const auth = container.resolve(Modules.AUTH)
      const existing = spelledAs(
        await auth.listProviderIdentities({
          provider: EMAILPASS,
          entity_id: sameEmail(email) as unknown as string,
        }),
        email,
        (login) => login.entity_id
      )
      const credentials = {
        body: { email: existing?.entity_id ?? email, password: input.password },
      }
      let identity: AuthIdentityDTO
      let mfa_challenge: AuthMfaChallengeDTO | undefined
      if (existing) {
        const { success, authIdentity, mfaChallenge } = await auth.authenticate(
          EMAILPASS,
          credentials
        )
        if (!success || !authIdentity) {
          throw refusal(MedusaError.Types.UNAUTHORIZED, "account.login_exists", { email })
        }
        identity = authIdentity
        mfa_challenge = mfaChallenge
      } else {
        // A new login takes the portal's password rule, as the invitation page says it (which
        // lists every rule; the refusal names the first one broken).
        const broken = passwordRules(input.password, email).find((rule) => !rule.met)
        if (broken) {
          throw refusal(MedusaError.Types.INVALID_DATA, PASSWORD_RULE_REFUSALS[broken.id])
        }
        const { success, authIdentity, error } = await auth.register(EMAILPASS, credentials)
        if (!success || !authIdentity) {
          // The provider's own reason, when it gives one, is English only.
          throw error
            ? new MedusaError(MedusaError.Types.INVALID_DATA, error)
            : refusal(MedusaError.Types.INVALID_DATA, "account.login_not_created")
        }
        identity = authIdentity
      }
      const bound = identity.app_metadata?.customer_id as string | undefined
      if (bound && bound !== customer_id) {
        throw refusal(MedusaError.Types.CONFLICT, "account.login_of_other_customer", { email })
      }
      try {
        await acceptInvitationWorkflow(container).run({
          input: {
            invitation_id: invitation.id,
            member_id: member.id,
            company_id,
            customer_id,
            auth_identity_id: identity.id,
            bind: !bound,
            created_identity: !existing,
            first_name: input.first_name,
            last_name: input.last_name,
          },
        })
      } catch (error) {
        // The workflow undid its own steps; the login registered above goes too.
        if (!existing) await auth.deleteAuthIdentities([identity.id])
        throw error
      }
      return { auth_identity_id: identity.id, customer_id, mfa_challenge }
    },
    { timeout: LOCK_WAIT_SECONDS }
  )
}
