import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PortalSettingsChanges } from "../../modules/portal/service"
import type { NotificationRecipients } from "../../shared/portal-settings"
import { settleSettingsChangesStep } from "./steps/settle-settings-changes"
import { updatePortalSettingsStep } from "./steps/update-portal-settings"
import { validateNotificationRecipientsStep } from "./steps/validate-notification-recipients"

export type UpdatePortalSettingsWorkflowInput = Omit<
  PortalSettingsChanges,
  "notification_recipients"
> & { notification_recipients?: NotificationRecipients }

/**
 * Staff change the portal's settings (branding, quote defaults, consent
 * sentence, catalog and ordering, who gets which staff alert).
 */
export const updatePortalSettingsWorkflow = createWorkflow(
  "portal-update-portal-settings",
  (input: UpdatePortalSettingsWorkflowInput) => {
    validateNotificationRecipientsStep(
      transform({ input }, ({ input }) => input.notification_recipients)
    )
    const changes = settleSettingsChangesStep(input)
    return new WorkflowResponse(updatePortalSettingsStep(changes))
  }
)
