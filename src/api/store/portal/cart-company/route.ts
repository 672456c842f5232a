import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refreshCartItemsWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { PORTAL_CART_COMPANY_KEY } from "../../../../workflows/portal/portal-cart"
import { withHttpErrors } from "../../../utils/run-workflow"
import type { MemberRequest } from "../authorize-member"
import type { StoreSetCartCompanyType } from "./validators"

/**
 * Records the active company on the caller's cart (metadata `portal_company_id`)
 * and has Medusa price it again: the cart hooks then use that company's customer
 * group only, as the catalog does. Another customer's cart, or none, is a 404.
 */
export const POST = async (req: MemberRequest<StoreSetCartCompanyType>, res: MedusaResponse) => {
  const { cart_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "metadata"],
    filters: { id: cart_id },
  })
  const cart = carts[0]
  if (!cart || cart.customer_id !== req.access.customer_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Cart not found")
  }
  await withHttpErrors(async () => {
    await updateCartWorkflow(req.scope).run({
      input: {
        id: cart_id,
        metadata: {
          ...((cart.metadata as Record<string, unknown> | null) ?? {}),
          [PORTAL_CART_COMPANY_KEY]: req.access.company_id,
        },
      },
    })
    await refreshCartItemsWorkflow(req.scope).run({ input: { cart_id, force_refresh: true } })
  })
  res.json({ cart_id, company_id: req.access.company_id })
}
