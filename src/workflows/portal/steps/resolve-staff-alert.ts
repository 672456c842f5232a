import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import {
  alertTemplate,
  notificationRecipients,
  type StaffAlertKey,
} from "../../../shared/portal-settings"

/**
 * Who an alert goes to and with which template, from the settings
 * (docs/ARCHITECTURE.md, "Settings"): the users listed for it, the users of its
 * staff groups, and `also` (a quote's assigned users), each once.
 */
export const resolveStaffAlertStep = createStep(
  "portal-resolve-staff-alert",
  async (input: { alert: StaffAlertKey; also?: string[] }, { container }) => {
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    const recipients = notificationRecipients((await portal.getSettings()).notification_recipients)
    const target = recipients[input.alert]
    const groups = target.staff_group_ids.length
      ? await portal.listPortalStaffGroups({ id: target.staff_group_ids })
      : []
    const groupUsers = groups.flatMap((group) => group.user_ids as unknown as string[])
    const user_ids = [...new Set([...(input.also ?? []), ...target.user_ids, ...groupUsers])]
    return new StepResponse({ user_ids, template: alertTemplate(recipients, input.alert) })
  }
)
