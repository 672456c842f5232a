import { sdk } from "../api"
import type { Branding } from "../brand"

/** The public `GET /store/portal/branding`: the merchant's look for the sign-in pages. */
export const branding = {
  get: async () =>
    (await sdk.client.fetch<{ branding: Branding }>("/store/portal/branding")).branding,
}
