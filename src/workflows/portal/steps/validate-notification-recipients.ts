import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { NotificationRecipients } from "../../../shared/portal-settings"

/** Refuses recipients that are not admin users, naming them, before anything is saved. */
export const validateNotificationRecipientsStep = createStep(
  "portal-validate-notification-recipients",
  async (recipients: NotificationRecipients | undefined, { container }) => {
    const ids = [...new Set(Object.values(recipients ?? {}).flat())]
    if (!ids.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["id"],
      filters: { id: ids },
    })
    const known = new Set(users.map((user) => user.id))
    const unknown = ids.filter((id) => !known.has(id))
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `notification_recipients lists unknown admin users: ${unknown.join(", ")}`
      )
    }
  }
)
