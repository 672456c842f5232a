import type { MedusaResponse } from "@medusajs/framework/http"
import { bindPortalCartWorkflow } from "../../../../workflows/portal/workflows/bind-portal-cart"
import { runWorkflow } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"
import type {
  StoreSetPortalCartCompanyBody,
  StoreSetPortalCartCompanyResponse,
} from "../../../../shared/http"

/**
 * Binds the caller's cart to the active company (docs/ARCHITECTURE.md,
 * "Placing orders", the cart binding: a portal module row Medusa's cart routes
 * cannot write, naming the company and the caller) and has Medusa price it
 * again. Another customer's cart, or none, is a 404; a cart outside the
 * portal's sales channel a 400; a completed cart, one being completed, or one
 * another contact bound a 409; a refusal changes nothing.
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
