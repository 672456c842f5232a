import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { EmailBranding } from "../../../lib/email/layout"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import { merchantDisplayName } from "../../../shared/portal-settings"

/**
 * The merchant's name and colour for an email, as the portal's pages show them
 * (the settings' display name, else the store's name; the settings' colour).
 */
export async function loadEmailBranding(container: MedusaContainer): Promise<EmailBranding> {
  const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  const [store] = settings.display_name
    ? []
    : await container.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  const name = merchantDisplayName(settings.display_name, store?.name)
  return { name, primary_color: settings.primary_color }
}

export const emailBrandingStep = createStep(
  "portal-email-branding",
  async (_: void, { container }) => new StepResponse(await loadEmailBranding(container))
)
