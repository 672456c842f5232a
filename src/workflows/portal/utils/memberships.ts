import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { memberPermissions, type Permission } from "../../../shared/permissions"

export type Membership = {
  member_id: string
  company: { id: string; name: string; is_customer: boolean; is_supplier: boolean }
  teams: Array<{ id: string; name: string }>
  permissions: Permission[]
}

/**
 * The companies a customer may act for now, read on every request so disabling a contact
 * takes effect at once. With `issuedAt`, memberships opened after the token was issued are
 * left out, so an older login never acts for the company (docs/ARCHITECTURE.md, "Accounts").
 */
export async function loadMemberships(
  scope: MedusaContainer,
  customerId: string,
  issuedAt?: number
): Promise<Membership[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_member",
    fields: [
      "id",
      "status",
      "activated_at",
      "company.id",
      "company.name",
      "company.allow_portal",
      "company.is_customer",
      "company.is_supplier",
      "teams.team.id",
      "teams.team.name",
      "teams.team.permissions",
    ],
    filters: { customer_id: customerId, status: "active", activated_at: { $ne: null } },
  })
  return data
    .filter((member) => member.company?.allow_portal)
    .filter((member) => issuedAt === undefined || openedBy(member.activated_at, issuedAt))
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

/** The membership opened no later than the second the token was issued in. */
function openedBy(activatedAt: Date | string | null | undefined, issuedAt: number): boolean {
  return !!activatedAt && new Date(activatedAt).getTime() <= issuedAt * 1000
}
