import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import type { PortalSettingsChanges } from "../../../modules/portal/service"
import { settleOrdering } from "../../../shared/portal-settings"

/**
 * Applies the rules between settings to what staff send, against what is saved:
 * hiding prices turns placing orders off (settleOrdering, src/shared/portal-settings.ts).
 */
export const settleSettingsChangesStep = createStep(
  "portal-settle-settings-changes",
  async (changes: PortalSettingsChanges, { container }) => {
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    const settled = settleOrdering(await portal.getSettings(), changes)
    if (settled.error !== undefined) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, settled.error)
    }
    return new StepResponse(settled.changes)
  }
)
