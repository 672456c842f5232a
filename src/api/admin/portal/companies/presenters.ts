import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { latestInvitationStatus } from "../../../../modules/accounts/invitations"
import type {
  AdminPortalAccessEvent,
  AdminPortalCompany,
  AdminPortalCompanyMember,
  AdminPortalInvitation,
  PortalMemberStatus,
} from "../../../../shared/http"
import { COMPANY_FIELDS, MEMBER_FIELDS } from "./query-config"

/** A timestamp as JSON writes it. */
const iso = (value: Date | string) => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null | undefined) => (value ? iso(value) : null)

type CompanyRow = Omit<
  AdminPortalCompany,
  "created_at" | "updated_at" | "discount_percent" | "language"
> & {
  discount_percent: number | string | null
  language?: string | null
  created_at: Date | string
  updated_at: Date | string
}

/** A company row of Query (COMPANY_FIELDS) as the admin API answers it. */
export function presentCompany(row: CompanyRow): AdminPortalCompany {
  return {
    id: row.id,
    name: row.name,
    allow_portal: row.allow_portal,
    is_customer: row.is_customer,
    is_supplier: row.is_supplier,
    discount_percent: row.discount_percent === null ? null : Number(row.discount_percent),
    language: row.language ?? null,
    customer_group_id: row.customer_group_id ?? null,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  }
}

type AccessEventRow = Omit<AdminPortalAccessEvent, "created_at"> & { created_at: Date | string }

/** An access event row of Query (ACCESS_EVENT_FIELDS) as the admin API answers it. */
export function presentAccessEvent(row: AccessEventRow): AdminPortalAccessEvent {
  return {
    id: row.id,
    type: row.type,
    actor_type: row.actor_type,
    actor_id: row.actor_id ?? null,
    company_id: row.company_id ?? null,
    member_id: row.member_id ?? null,
    data: row.data ?? null,
    created_at: iso(row.created_at),
  }
}

/** The invitation just sent, as staff see it: never its token. */
export function presentInvitation(invitation: {
  id: string
  email: string
  expires_at: Date | string
}): AdminPortalInvitation {
  return {
    id: invitation.id,
    email: invitation.email,
    expires_at: iso(invitation.expires_at),
    status: "invited",
  }
}

/** One company as the admin API answers it, or 404. */
export async function fetchCompany(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_company",
    fields: COMPANY_FIELDS,
    filters: { id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Company ${id} was not found`)
  }
  return presentCompany(data[0] as CompanyRow)
}

/** A member row of Query (MEMBER_FIELDS). */
export type MemberRow = {
  id: string
  company_id: string
  customer_id: string
  status: PortalMemberStatus
  activated_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

/**
 * Members with their customer (name, email, whether they have a login), their
 * teams and their invitation status, in the order given.
 */
export async function withCustomersAndTeams(
  scope: MedusaContainer,
  members: MemberRow[]
): Promise<AdminPortalCompanyMember[]> {
  if (!members.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: links }, { data: invitations }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "has_account"],
      filters: { id: [...new Set(members.map((member) => member.customer_id))] },
    }),
    query.graph({
      entity: "portal_member_team",
      fields: ["member_id", "team.id", "team.name", "team.handle"],
      filters: { member_id: members.map((member) => member.id) },
    }),
    query.graph({
      entity: "portal_invitation",
      fields: ["member_id", "expires_at", "accepted_at", "revoked_at", "created_at"],
      filters: { member_id: members.map((member) => member.id) },
    }),
  ])
  return members.map((member) => {
    const customer = customers.find((candidate) => candidate.id === member.customer_id)
    return {
      id: member.id,
      company_id: member.company_id,
      customer_id: member.customer_id,
      status: member.status,
      activated_at: isoOrNull(member.activated_at),
      created_at: iso(member.created_at),
      updated_at: iso(member.updated_at),
      customer: customer
        ? {
            id: customer.id,
            email: customer.email,
            first_name: customer.first_name ?? null,
            last_name: customer.last_name ?? null,
            has_account: customer.has_account,
          }
        : null,
      teams: links
        .filter((link) => link.member_id === member.id && link.team)
        .map((link) => ({ id: link.team.id, name: link.team.name, handle: link.team.handle })),
      // none, invited, active (accepted), expired or revoked: the latest invitation's state.
      invitation_status: latestInvitationStatus(
        invitations.filter((invitation) => invitation.member_id === member.id)
      ),
    }
  })
}

/** One member of a company as the admin API answers it, or 404. */
export async function fetchMember(scope: MedusaContainer, companyId: string, memberId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_member",
    fields: MEMBER_FIELDS,
    filters: { id: memberId, company_id: companyId },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${memberId} was not found`)
  }
  const [member] = await withCustomersAndTeams(scope, data as MemberRow[])
  return member
}
