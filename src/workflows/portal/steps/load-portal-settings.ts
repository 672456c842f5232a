import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"

/** The merchant's portal settings, for workflows whose defaults come from them. */
export const loadPortalSettingsStep = createStep(
  "portal-load-portal-settings",
  async (_: void, { container }) => {
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    return new StepResponse(await portal.getSettings())
  }
)
