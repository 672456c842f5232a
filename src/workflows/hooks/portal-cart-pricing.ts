import {
  addToCartWorkflow,
  createCartWorkflow,
  refreshCartItemsWorkflow,
  updateCartPromotionsWorkflow,
  updateLineItemInCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { portalCartCustomer } from "../portal/utils/portal-cart"

/*
 * Carts are priced and discounted for the company they act for, not for every
 * group the contact is in (docs/ARCHITECTURE.md, "Money", carts priced for the
 * active company). A workflow hook takes one handler: the plugin occupies these
 * five. Each returns `{ customer }` (Medusa spreads it over the cart's own
 * context, so `customer.groups.id` becomes the company's group only) or nothing.
 */

addToCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  return new StepResponse((await portalCartCustomer(container, { cart_id: cart.id })) ?? {})
})

updateLineItemInCartWorkflow.hooks.setPricingContext(async ({ cart }, { container }) => {
  return new StepResponse((await portalCartCustomer(container, { cart_id: cart.id })) ?? {})
})

refreshCartItemsWorkflow.hooks.setPricingContext(async ({ cart_id }, { container }) => {
  return new StepResponse((await portalCartCustomer(container, { cart_id })) ?? {})
})

// A new cart has no company yet: it is priced without company groups until
// POST /store/portal/cart-company names one.
createCartWorkflow.hooks.setPricingContext(async ({ customerData }, { container }) => {
  const customerId = customerData?.customer?.id
  return new StepResponse(
    (customerId ? await portalCartCustomer(container, { customer_id: customerId }) : undefined) ??
      {}
  )
})

updateCartPromotionsWorkflow.hooks.setPromotionContext(async ({ cart }, { container }) => {
  return new StepResponse((await portalCartCustomer(container, { cart_id: cart.id })) ?? {})
})
