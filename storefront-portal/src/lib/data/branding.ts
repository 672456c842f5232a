import type { StorePortalBrandingResponse } from "@shared/http/settings"
import { sdk } from "../api"

/** The public `GET /store/portal/branding`: the merchant's look for the sign-in pages. */
export const branding = {
  get: async () =>
    (await sdk.client.fetch<StorePortalBrandingResponse>("/store/portal/branding")).branding,
}
