import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import type { PortalSettingsChanges } from "../../../modules/portal/service"

/** Changes the given settings; compensation puts back the values they had before. */
export const updatePortalSettingsStep = createStep(
  "portal-update-portal-settings",
  async (changes: PortalSettingsChanges, { container }) => {
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    const before = await portal.getSettings()
    const previous = Object.fromEntries(
      Object.keys(changes).map((key) => [key, before[key as keyof PortalSettingsChanges]])
    ) as PortalSettingsChanges
    const updated = await portal.updateSettings(changes)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    await portal.updateSettings(previous)
  }
)
