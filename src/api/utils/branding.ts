import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"
import { merchantDisplayName } from "../../shared/portal-settings"
import type { StorePortalBranding } from "../../shared/http/quotes"
import { storeName } from "../../workflows/shared/utils/store-name"

/**
 * What a buyer's page reads of the portal settings and the store, with the
 * settings read once: the branding, the consent sentence shown next to the
 * signature box, and the merchant's name the agreement names.
 */
export async function fetchBuyerPageContext(scope: MedusaContainer): Promise<{
  branding: StorePortalBranding
  consent_text: string | null
  merchant_name: string
}> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  const store = await storeName(scope, settings.id)
  return {
    branding: {
      name: merchantDisplayName(settings.display_name, store),
      logo_url: settings.logo_url,
      primary_color: settings.primary_color,
    },
    // The default sentence is written in each quote's language (agreement-presenters.ts).
    consent_text: settings.consent_text ?? null,
    merchant_name: store ?? "Our store",
  }
}

/**
 * The merchant's name and look for the buyer's page, from the portal settings;
 * without a display name there, the store's own name.
 */
export async function fetchBranding(scope: MedusaContainer): Promise<StorePortalBranding> {
  return (await fetchBuyerPageContext(scope)).branding
}
