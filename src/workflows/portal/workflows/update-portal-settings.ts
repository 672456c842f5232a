import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PortalSettingsChanges } from "../../../modules/portal/service"
import type { NotificationRecipients } from "../../../shared/portal-settings"
import { settleSettingsChangesStep } from "../steps/settle-settings-changes"
import { updatePortalSettingsStep } from "../steps/update-portal-settings"
import { validateNotificationRecipientsStep } from "../steps/validate-notification-recipients"
import { syncPortalPromotionsWorkflow } from "./sync-portal-promotions"

export type UpdatePortalSettingsWorkflowInput = Omit<
  PortalSettingsChanges,
  "notification_recipients"
> & { notification_recipients?: NotificationRecipients }

/**
 * Staff change the portal's settings (branding, quote defaults, consent
 * sentence, catalog and ordering, who gets which staff alert). A new blanket
 * discount, or a new portal sales channel (the promotions' channel rule),
 * reaches Medusa's automatic promotions in the same run.
 */
export const updatePortalSettingsWorkflow = createWorkflow(
  "portal-update-portal-settings",
  (input: UpdatePortalSettingsWorkflowInput) => {
    validateNotificationRecipientsStep(
      transform({ input }, ({ input }) => input.notification_recipients)
    )
    const changes = settleSettingsChangesStep(input)
    const settings = updatePortalSettingsStep(changes)
    when(
      { input },
      ({ input }) =>
        input.portal_discount_percent !== undefined || input.portal_sales_channel_id !== undefined
    ).then(() => {
      syncPortalPromotionsWorkflow.runAsStep({ input: undefined })
    })
    return new WorkflowResponse(settings)
  }
)
