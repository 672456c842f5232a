import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalBrandingResponse } from "../../../../shared/http"
import { fetchBranding } from "../../../utils/branding"

/**
 * The merchant's name, logo and colour, for the portal's pages before sign-in.
 * Public (publishable key only) and nothing else: not a member route
 * (docs/ARCHITECTURE.md, "Storefront portal").
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StorePortalBrandingResponse>) => {
  res.setHeader("Cache-Control", "no-cache")
  res.json({ branding: await fetchBranding(req.scope) })
}
