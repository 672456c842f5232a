import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderEmail } from "../../../lib/email/layout"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import {
  alertTemplate,
  notificationRecipients,
  type StaffAlertKey,
} from "../../../shared/portal-settings"
import { storeLanguage } from "../../shared/utils/contact-language"
import { loadEmailBranding } from "../../shared/utils/email-branding"

/**
 * Who an alert goes to and with which template, from the settings
 * (docs/ARCHITECTURE.md, "Settings"): the users listed for it, the users of its
 * staff groups, and `also` (a quote's assigned users), each once.
 */
async function resolveStaffAlert(container: MedusaContainer, alert: StaffAlertKey, also: string[]) {
  const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
  const recipients = notificationRecipients((await portal.getSettings()).notification_recipients)
  const target = recipients[alert]
  const groups = target.staff_group_ids.length
    ? await portal.listPortalStaffGroups({ id: target.staff_group_ids })
    : []
  const groupUsers = groups.flatMap((group) => group.user_ids as unknown as string[])
  const user_ids = [...new Set([...also, ...target.user_ids, ...groupUsers])]
  return { user_ids, template: alertTemplate(recipients, alert) }
}

/** One staff alert's email, its words already in the store's language (`storeLanguage`). */
export type StaffAlertEmail = {
  alert: StaffAlertKey
  /** Users alerted besides the settings' (a quote's assigned users). */
  also?: string[]
  subject: string
  paragraphs: string[]
  action: { label: string; url: string }
  /** What Medusa stores with each notification: ids and numbers, never a secret. */
  data: Record<string, unknown>
}

/**
 * The emails of one staff alert (docs/ARCHITECTURE.md, "Settings"): one per admin user the
 * settings name for it (and `also`), each once, with the alert's template, the merchant's
 * branding and the store's language. None when nobody is named, or for no email (the record
 * is gone). Send them with Medusa's `sendNotificationsStep`.
 */
export const staffAlertEmailsStep = createStep(
  "portal-staff-alert-emails",
  async (input: StaffAlertEmail | null, { container }) => {
    if (!input) return new StepResponse([])
    const target = await resolveStaffAlert(container, input.alert, input.also ?? [])
    // An empty id filter would match every user.
    if (!target.user_ids.length) return new StepResponse([])
    const [users, branding] = await Promise.all([
      container
        .resolve(Modules.USER)
        .listUsers({ id: target.user_ids }, { select: ["id", "email"] }),
      loadEmailBranding(container),
    ])
    const content = renderEmail(
      branding,
      { subject: input.subject, paragraphs: input.paragraphs, action: input.action },
      storeLanguage()
    )
    return new StepResponse(
      users.map((user) => ({
        to: user.email,
        channel: "email",
        template: target.template,
        content,
        data: input.data,
      }))
    )
  }
)
