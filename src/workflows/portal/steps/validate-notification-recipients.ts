import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import type { NotificationRecipients } from "../../../shared/portal-settings"

/** The ids among `ids` that are no admin user. */
export async function unknownAdminUsers(
  container: { resolve: (key: string) => unknown },
  ids: string[]
): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (!unique.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as {
    graph: (config: object) => Promise<{ data: Array<{ id: string }> }>
  }
  const { data: users } = await query.graph({
    entity: "user",
    fields: ["id"],
    filters: { id: unique },
  })
  const known = new Set(users.map((user) => user.id))
  return unique.filter((id) => !known.has(id))
}

/**
 * Refuses recipients that are not admin users or live staff groups, naming
 * them, before anything is saved.
 */
export const validateNotificationRecipientsStep = createStep(
  "portal-validate-notification-recipients",
  async (recipients: NotificationRecipients | undefined, { container }) => {
    const targets = Object.values(recipients ?? {})
    const unknownUsers = await unknownAdminUsers(
      container,
      targets.flatMap((target) => target.user_ids)
    )
    if (unknownUsers.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification_recipients lists unknown admin users: ${unknownUsers.join(", ")}`
      )
    }
    const groupIds = [...new Set(targets.flatMap((target) => target.staff_group_ids))]
    if (!groupIds.length) return
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    const groups = await portal.listPortalStaffGroups({ id: groupIds }, { select: ["id"] })
    const known = new Set(groups.map((group) => group.id))
    const unknownGroups = groupIds.filter((id) => !known.has(id))
    if (unknownGroups.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification_recipients lists unknown staff groups: ${unknownGroups.join(", ")}`
      )
    }
  }
)
