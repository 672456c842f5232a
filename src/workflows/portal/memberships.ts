import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { memberPermissions, type Permission } from "../../shared/permissions"

export type Membership = {
  member_id: string
  company: { id: string; name: string; is_customer: boolean; is_supplier: boolean }
  teams: Array<{ id: string; name: string }>
  permissions: Permission[]
}

/**
 * The companies a customer may act for right now: active memberships of
 * companies whose portal access is on, with the permissions their teams grant
 * there. Read on every request, so disabling a contact or withdrawing a
 * company takes effect at once, whatever session or token the contact holds.
 */
export async function loadMemberships(
  scope: MedusaContainer,
  customerId: string
): Promise<Membership[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_member",
    fields: [
      "id",
      "status",
      "company.id",
      "company.name",
      "company.allow_portal",
      "company.is_customer",
      "company.is_supplier",
      "teams.team.id",
      "teams.team.name",
      "teams.team.permissions",
    ],
    filters: { customer_id: customerId, status: "active" },
  })
  return data
    .filter((member) => member.company?.allow_portal)
    .map((member) => {
      const teams = (member.teams ?? []).flatMap((row) => (row?.team ? [row.team] : []))
      const company = member.company!
      return {
        member_id: member.id,
        company: {
          id: company.id,
          name: company.name,
          is_customer: company.is_customer,
          is_supplier: company.is_supplier,
        },
        teams: teams.map((team) => ({ id: team.id, name: team.name })),
        permissions: memberPermissions(
          company,
          teams.map((team) => ({ permissions: team.permissions as unknown as string[] }))
        ),
      }
    })
    .sort((a, b) => a.company.name.localeCompare(b.company.name))
}
