import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PortalSettingsChanges } from "../../modules/portal/service"
import type { NotificationRecipients } from "../../shared/portal-settings"
import { updatePortalSettingsStep } from "./steps/update-portal-settings"
import { validateNotificationRecipientsStep } from "./steps/validate-notification-recipients"

export type UpdatePortalSettingsWorkflowInput = Omit<
  PortalSettingsChanges,
  "notification_recipients"
> & { notification_recipients?: NotificationRecipients }

/**
 * Staff change the portal's settings (branding, quote defaults, consent
 * sentence, who gets which staff alert).
 */
export const updatePortalSettingsWorkflow = createWorkflow(
  "portal-update-portal-settings",
  (input: UpdatePortalSettingsWorkflowInput) => {
    validateNotificationRecipientsStep(
      transform({ input }, ({ input }) => input.notification_recipients)
    )
    return new WorkflowResponse(updatePortalSettingsStep(input))
  }
)
