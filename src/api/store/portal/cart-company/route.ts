import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow } from "@medusajs/medusa/core-flows"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import { withHttpErrors } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"
import type { StoreSetCartCompanyType } from "./validators"

/**
 * Binds the caller's cart to the active company (docs/ARCHITECTURE.md,
 * "Placing orders", the cart binding: a portal module row Medusa's cart routes
 * cannot write, naming the company and the caller) and has Medusa price it
 * again: the cart hooks then use that company's customer group only, as the
 * catalog does. Another customer's cart, or none, is a 404; a cart another
 * contact bound (then moved to the caller by email) is a 409.
 */
export const POST = async (req: MemberRequest<StoreSetCartCompanyType>, res: MedusaResponse) => {
  const { cart_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id"],
    filters: { id: cart_id },
  })
  const cart = carts[0]
  if (!cart || cart.customer_id !== req.access.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cart not found")
  }
  const portal: PortalModuleService = req.scope.resolve(PORTAL_MODULE)
  const bound = await portal.bindPortalCart({
    cart_id,
    company_id: req.access.company_id,
    customer_id: req.access.customer_id,
  })
  if (!bound) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This cart was set up for the portal by another customer; start a new cart"
    )
  }
  await withHttpErrors(async () => {
    await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id, force_refresh: true } })
  })
  res.json({ cart_id, company_id: req.access.company_id })
}
