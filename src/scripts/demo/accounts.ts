import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ACCOUNTS_MODULE } from "../../modules/accounts"
import type AccountsModuleService from "../../modules/accounts/service"
import { DEFAULT_TEAMS, type Permission } from "../../shared/permissions"
import {
  acceptInvitation,
  addCompanyMemberWorkflow,
  createCompanyWorkflow,
  createTeamWorkflow,
  issueInvitation,
} from "../../workflows/portal"
import type { DemoAdmin } from "./admin"
import { DEMO_BUYER, type DemoCustomer } from "./customers"

/** The password of every demo portal login; override with DEMO_PORTAL_PASSWORD. */
export const demoPortalPassword = () => process.env.DEMO_PORTAL_PASSWORD || "portal-demo-1"

export const DEMO_CUSTOMER_COMPANY = "Acme Industrial"
export const DEMO_SUPPLIER_COMPANY = "Northwind Components"

/** A team that may only look: quotes, orders, invoices, the catalogue and shared documents. */
const VIEWERS_TEAM = {
  name: "Viewers",
  handle: "viewers",
  permissions: [
    "quotes.view",
    "orders.view",
    "invoices.view",
    "catalog.view",
    "documents.view",
  ] as Permission[],
}
const [CUSTOMER_TEAM, SUPPLIER_TEAM] = DEFAULT_TEAMS

type Contact = { email: string; first_name: string; last_name: string }

const VIEWER: Contact = { email: "viewer@acme.test", first_name: "Vic", last_name: "Viewer" }
export const DEMO_SUPPLIER_CONTACT: Contact = {
  email: "supplier@northwind.test",
  first_name: "Sam",
  last_name: "Supplier",
}
const INVITEE: Contact = {
  email: "purchasing@acme.test",
  first_name: "Paula",
  last_name: "Purchasing",
}

export type DemoLogin = { email: string; password: string; company: string; team: string }

export type DemoAccounts = {
  /** The company the demo quotes are for; the demo buyer is its contact. */
  customer_company: { id: string; name: string }
  /** The supplier company; DEMO_SUPPLIER_CONTACT is its contact. */
  supplier_company: { id: string; name: string }
  logins: DemoLogin[]
  /** A contact of the customer company invited and not yet accepted. */
  invitation: {
    email: string
    company: string
    team: string
    /** Null once someone accepted it: then the contact has a login. */
    url: string | null
    expires_at: string | null
  }
}

type Company = { id: string; name: string }
type Team = { id: string; name: string }

/**
 * The demo's portal accounts: a customer and a supplier company with logins and a pending
 * invitation, made through the workflows staff and contacts use and found again on a re-run,
 * so nothing is created twice (docs/ARCHITECTURE.md, "Demo").
 */
export async function seedAccounts(
  container: MedusaContainer,
  context: { admin: DemoAdmin; buyer: DemoCustomer }
): Promise<DemoAccounts> {
  const actor_id = context.admin.id
  const portal: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  await portal.ensureDefaultTeams()

  // The two default teams exist once ensureDefaultTeams() has run.
  const customerTeam = (await findTeam(container, CUSTOMER_TEAM.handle))!
  const supplierTeam = (await findTeam(container, SUPPLIER_TEAM.handle))!
  const viewersTeam =
    (await findTeam(container, VIEWERS_TEAM.handle)) ??
    (await createTeamWorkflow(container).run({ input: { ...VIEWERS_TEAM, actor_id } })).result

  const acme = await ensureCompany(container, actor_id, {
    name: DEMO_CUSTOMER_COMPANY,
    is_customer: true,
    is_supplier: false,
  })
  const northwind = await ensureCompany(container, actor_id, {
    name: DEMO_SUPPLIER_COMPANY,
    is_customer: false,
    is_supplier: true,
  })

  const password = demoPortalPassword()
  const contacts: [Company, Team, Contact | { customer_id: string; email: string }][] = [
    [acme, customerTeam, { customer_id: context.buyer.id, email: DEMO_BUYER.email }],
    [acme, viewersTeam, VIEWER],
    [northwind, supplierTeam, DEMO_SUPPLIER_CONTACT],
  ]
  const logins: DemoLogin[] = []
  for (const [company, team, contact] of contacts) {
    const member = await ensureMember(container, actor_id, company, team, contact)
    await ensureLogin(container, actor_id, company, member, password)
    logins.push({ email: contact.email, password, company: company.name, team: team.name })
  }

  const invitee = await ensureMember(container, actor_id, acme, customerTeam, INVITEE)
  let invitation: DemoAccounts["invitation"] = {
    email: INVITEE.email,
    company: acme.name,
    team: customerTeam.name,
    url: null,
    expires_at: null,
  }
  if (!invitee.has_account) {
    const issued = await issueInvitation(container, {
      company_id: acme.id,
      member_id: invitee.id,
      actor_id,
    })
    invitation = {
      ...invitation,
      url: issued.url,
      expires_at: new Date(issued.invitation.expires_at).toISOString(),
    }
  }

  return { customer_company: acme, supplier_company: northwind, logins, invitation }
}

async function findTeam(container: MedusaContainer, handle: string): Promise<Team | null> {
  const portal: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const [team] = await portal.listPortalTeams({ handle }, { select: ["id", "name"], take: 1 })
  return team ?? null
}

async function ensureCompany(
  container: MedusaContainer,
  actor_id: string,
  fields: { name: string; is_customer: boolean; is_supplier: boolean }
): Promise<Company> {
  const portal: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const [existing] = await portal.listPortalCompanies(
    { name: fields.name },
    { select: ["id", "name"], take: 1 }
  )
  if (existing) return existing
  const { result } = await createCompanyWorkflow(container).run({
    input: { ...fields, allow_portal: true, actor_id },
  })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Demo company ${fields.name} created, allowed into the portal`)
  return result
}

type Member = { id: string; customer_id: string; has_account: boolean; activated: boolean }

/** The contact's membership of the company (added with the team when missing). */
async function ensureMember(
  container: MedusaContainer,
  actor_id: string,
  company: Company,
  team: Team,
  contact: Contact | { customer_id: string; email: string }
): Promise<Member> {
  const customers = container.resolve(Modules.CUSTOMER)
  const portal: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const customerId =
    "customer_id" in contact
      ? contact.customer_id
      : (
          await customers.listCustomers(
            { email: contact.email },
            { select: ["id"], order: { has_account: "DESC" }, take: 1 }
          )
        )[0]?.id
  let [member]: ({ id: string; customer_id: string; activated_at?: Date | null } | undefined)[] =
    customerId
      ? await portal.listPortalMembers(
          { company_id: company.id, customer_id: customerId },
          { select: ["id", "customer_id", "activated_at"], take: 1 }
        )
      : []
  if (!member) {
    const { result } = await addCompanyMemberWorkflow(container).run({
      input: {
        company_id: company.id,
        actor_id,
        team_ids: [team.id],
        ...(customerId ? { customer_id: customerId } : { customer: contact as Contact }),
      },
    })
    member = result
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Demo contact ${contact.email} added to ${company.name} (${team.name})`)
  }
  const customer = await customers.retrieveCustomer(member.customer_id, {
    select: ["has_account"],
  })
  return {
    id: member.id,
    customer_id: member.customer_id,
    has_account: customer.has_account,
    activated: !!member.activated_at,
  }
}

/**
 * An emailpass login for the contact, made by accepting an invitation as a
 * contact would (an existing login accepts with its password): that is what
 * opens the membership (docs/ARCHITECTURE.md, "Accounts").
 */
async function ensureLogin(
  container: MedusaContainer,
  actor_id: string,
  company: Company,
  member: Member,
  password: string
): Promise<void> {
  if (member.activated) return
  const { token } = await issueInvitation(container, {
    company_id: company.id,
    member_id: member.id,
    actor_id,
  })
  await acceptInvitation(container, { token, password })
}
