import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { latestInvitationStatus } from "../../../../modules/portal/invitations"

export const COMPANY_FIELDS = [
  "id",
  "name",
  "allow_portal",
  "is_customer",
  "is_supplier",
  "discount_percent",
  "customer_group_id",
  "created_at",
  "updated_at",
]

export const MEMBER_FIELDS = [
  "id",
  "company_id",
  "customer_id",
  "status",
  // When the invitation was accepted: before, the membership grants nothing (ARCHITECTURE "Accounts").
  "activated_at",
  "created_at",
  "updated_at",
]

export const ACCESS_EVENT_FIELDS = [
  "id",
  "type",
  "actor_type",
  "actor_id",
  "company_id",
  "member_id",
  "data",
  "created_at",
]

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
  return data[0]
}

type MemberRow = { id: string; customer_id: string; [key: string]: unknown }

/**
 * Members with their customer (name, email, whether they have a login), their
 * teams and their invitation status, in the order given.
 */
export async function withCustomersAndTeams(scope: MedusaContainer, members: MemberRow[]) {
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
  return members.map((member) => ({
    ...member,
    customer: customers.find((customer) => customer.id === member.customer_id) ?? null,
    teams: links
      .filter((link) => link.member_id === member.id && link.team)
      .map((link) => ({ id: link.team.id, name: link.team.name, handle: link.team.handle })),
    // none, invited, active (accepted), expired or revoked: the latest invitation's state.
    invitation_status: latestInvitationStatus(
      invitations.filter((invitation) => invitation.member_id === member.id)
    ),
  }))
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
