import type { MedusaResponse } from "@medusajs/framework/http"
import { bindPortalCartWorkflow } from "../../../../workflows/portal/workflows/bind-portal-cart"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"
import type {
  StoreSetPortalCartCompanyBody,
  StoreSetPortalCartCompanyResponse,
} from "../../../../shared/http"

/**
 * Binds the caller's cart to the active company and has Medusa price it again
 * (docs/ARCHITECTURE.md, "Placing orders"). 404 for another's cart, 400 outside the portal
 * channel, 409 when completed, completing or bound by another contact.
 */
export const POST = async (
  req: MemberRequest<StoreSetPortalCartCompanyBody>,
  res: MedusaResponse<StoreSetPortalCartCompanyResponse>
) => {
  const result = await runWorkflow(bindPortalCartWorkflow, req.scope, {
    cart_id: req.validatedBody.cart_id,
    company_id: req.access.company_id,
    customer_id: req.access.customer_id,
  })
  res.json(result)
}
