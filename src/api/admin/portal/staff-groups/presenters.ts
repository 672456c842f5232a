import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import type { PortalStaffGroupDTO } from "../../../../modules/portal/service"
import type { AdminPortalStaffGroup } from "../../../../shared/http"

type StaffGroupRow = Pick<
  PortalStaffGroupDTO,
  "id" | "name" | "created_by" | "updated_by" | "created_at" | "updated_at"
> & { user_ids: unknown }

type StaffUser = { id: string; email: string; first_name: string | null; last_name: string | null }

/**
 * Staff groups as the admin API answers them: their users with names and emails
 * (a user removed from Medusa since is left out of `users` but kept in
 * `user_ids`), who created and last changed them, and when.
 */
export async function presentStaffGroups(
  scope: MedusaContainer,
  groups: StaffGroupRow[]
): Promise<AdminPortalStaffGroup[]> {
  const ids = [...new Set(groups.flatMap((group) => group.user_ids as string[]))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const users: StaffUser[] = ids.length
    ? (
        await query.graph({
          entity: "user",
          fields: ["id", "email", "first_name", "last_name"],
          filters: { id: ids },
        })
      ).data
    : []
  const byId = new Map(users.map((user) => [user.id, user]))
  return groups.map((group) => {
    const userIds = group.user_ids as string[]
    return {
      id: group.id,
      name: group.name,
      user_ids: userIds,
      users: userIds.flatMap((id) => {
        const user = byId.get(id)
        return user
          ? [{ id, email: user.email, first_name: user.first_name, last_name: user.last_name }]
          : []
      }),
      created_by: group.created_by,
      updated_by: group.updated_by,
      created_at: new Date(group.created_at).toISOString(),
      updated_at: new Date(group.updated_at).toISOString(),
    }
  })
}

/** One live staff group as the admin API answers it, or 404. */
export async function fetchStaffGroup(scope: MedusaContainer, id: string) {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const [group] = await portal.listPortalStaffGroups({ id }, { take: 1 })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Staff group ${id} was not found`)
  const [presented] = await presentStaffGroups(scope, [group])
  return presented
}
