import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../lib/refusal"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { type PortalFeature, PORTAL_FEATURES } from "../../../shared/portal-settings"

/**
 * Refuses a route of a feature the merchant turned off on the Client Portal settings page
 * (docs/ARCHITECTURE.md, "Feature toggles"): after the member guard, so a stranger still
 * learns nothing but 401.
 */
export const featureGuard =
  (feature: PortalFeature) =>
  async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
    const settings = await portal.getSettings()
    if (!settings[PORTAL_FEATURES[feature]]) {
      throw refusal(MedusaError.Types.FORBIDDEN, `features.${feature}_off`)
    }
    next()
  }
