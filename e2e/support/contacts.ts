import type { Permission } from "../../src/shared/permissions"
import type { PortalSuite } from "./runner"

// Companies, teams and contacts made as staff would, through the admin API,
// and the emails they receive through the SMTP path (suite.mail).

/**
 * The emails of one test, read from the mail catcher the runner started
 * (integration-tests/helpers/mail.ts): invitation and reset links exist only
 * in an email, which Medusa never stores. Empties the inbox first.
 */
export async function captureEmails(suite: PortalSuite) {
  await suite.mail.clear()
  return {
    /** The portal link in the latest email of `template` to `to`, e.g. `${portalUrl}/invite/<token>`. */
    linkIn: (template: string, to: string): Promise<string> =>
      suite.mail.linkIn({ template, to }, suite.portalUrl),
  }
}

export async function createCompany(suite: PortalSuite, name: string): Promise<string> {
  const res = await suite.api.post(
    "/admin/portal/companies",
    { name, allow_portal: true },
    suite.admin
  )
  return res.data.company.id
}

export async function createTeam(
  suite: PortalSuite,
  name: string,
  permissions: readonly Permission[]
): Promise<string> {
  const res = await suite.api.post("/admin/portal/teams", { name, permissions }, suite.admin)
  return res.data.team.id
}

/** A member of the company: a new customer by email, or an existing one by id. */
export async function addMember(
  suite: PortalSuite,
  companyId: string,
  who: { email: string } | { customer_id: string },
  teamIds: string[]
): Promise<{ id: string; customer_id: string }> {
  const body = "email" in who ? { customer: { email: who.email } } : who
  const res = await suite.api.post(
    `/admin/portal/companies/${companyId}/members`,
    { ...body, team_ids: teamIds },
    suite.admin
  )
  return res.data.member
}

/** Staff invite the member; answers the link the email carries. */
export async function invite(
  suite: PortalSuite,
  emails: Awaited<ReturnType<typeof captureEmails>>,
  companyId: string,
  member: { id: string },
  email: string
): Promise<string> {
  await suite.api.post(
    `/admin/portal/companies/${companyId}/members/${member.id}/invite`,
    {},
    suite.admin
  )
  return emails.linkIn("portal-invitation", email)
}

/** A contact whose invitation was accepted over the API: they can sign in with `password`. */
export async function acceptedContact(
  suite: PortalSuite,
  emails: Awaited<ReturnType<typeof captureEmails>>,
  companyId: string,
  email: string,
  teamIds: string[],
  password: string
) {
  const member = await addMember(suite, companyId, { email }, teamIds)
  await acceptInvitation(suite, emails, companyId, member, email, password)
  return member
}

/**
 * Staff invite the member and the contact accepts over the API with
 * `password` (an existing login's own): only then does the membership open.
 */
export async function acceptInvitation(
  suite: PortalSuite,
  emails: Awaited<ReturnType<typeof captureEmails>>,
  companyId: string,
  member: { id: string },
  email: string,
  password: string
) {
  const url = await invite(suite, emails, companyId, member, email)
  const token = new URL(url).pathname.split("/").pop()
  await suite.api.post(
    "/store/portal/invitations/accept",
    { token, password, first_name: "Ana", last_name: "Buyer" },
    suite.store.storeHeaders
  )
}
