import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { PortalSettingsChanges } from "../../modules/portal/service"
import { updatePortalSettingsStep } from "./steps/update-portal-settings"

export type UpdatePortalSettingsWorkflowInput = PortalSettingsChanges

/** Staff change the portal's settings (branding, quote defaults, consent sentence). */
export const updatePortalSettingsWorkflow = createWorkflow(
  "portal-update-portal-settings",
  (input: UpdatePortalSettingsWorkflowInput) => {
    return new WorkflowResponse(updatePortalSettingsStep(input))
  }
)
