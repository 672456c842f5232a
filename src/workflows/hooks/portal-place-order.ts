import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { assertMayPlaceOrder, type GateCart } from "../portal/utils/place-order-gate"

/*
 * The place-order gate (docs/ARCHITECTURE.md, "Placing orders"). A workflow
 * hook takes one handler: the plugin occupies completeCartWorkflow's validate
 * hook, so Medusa's own POST /store/carts/:id/complete refuses portal carts the
 * settings, the membership or the teams do not allow.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await assertMayPlaceOrder(container, cart as unknown as GateCart)
})
