import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalInvitationResponse } from "../../../../../shared/http"
import { checkInvitation } from "../../../../../workflows/portal"
import { clientAddress } from "../../../../utils/client-address"
import { tooManyRequests } from "../../../../utils/errors"
import { refundLinkLookup, reserveLinkLookup } from "../../../../utils/link-rate-limit"

/**
 * The invitation page's check on load: `{ status, company_name, email? }`
 * only. Unknown tokens get accept's neutral 404 and keep their unit of the
 * address's invitation budget, so checking is no cheaper a way to guess
 * (docs/ARCHITECTURE.md, "Security rules").
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StorePortalInvitationResponse>
) => {
  const address = clientAddress(req)
  if (!(await reserveLinkLookup(req.scope, address, "invitation"))) {
    throw tooManyRequests("access.too_many_invitations")
  }
  const check = await checkInvitation(req.scope, req.params.token)
  await refundLinkLookup(req.scope, address, "invitation")
  res.json(check)
}
