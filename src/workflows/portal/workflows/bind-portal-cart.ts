import { setTimeout as wait } from "node:timers/promises"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refreshCartItemsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { refusal } from "../../../lib/refusal"
import { portalService } from "../steps/portal-service"

export type BindPortalCartInput = { cart_id: string; company_id: string; customer_id: string }

/**
 * How long binding waits for the cart, and holds it: Medusa's own cart changes
 * wait 2 s for the same lock; a completion holds it longer, and is refused.
 */
const CART_LOCK_WAIT_SECONDS = 2
const CART_LOCK_TTL_SECONDS = 10

/**
 * Takes the cart's lock, whose key is the cart id, as `completeCartWorkflow`
 * and Medusa's other cart workflows take it (core-flows 2.21
 * `cart/workflows/complete-cart.js`), so a binding never runs beside a
 * completion. A cart still held after the wait is being completed or changed:
 * 409, nothing written. Compensation gives the lock back.
 */
const lockCartStep = createStep(
  "portal-lock-cart",
  async (cartId: string, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const until = Date.now() + CART_LOCK_WAIT_SECONDS * 1000
    for (;;) {
      try {
        await locking.acquire(cartId, { expire: CART_LOCK_TTL_SECONDS })
        return new StepResponse(cartId, cartId)
      } catch {
        if (Date.now() >= until) {
          throw refusal(MedusaError.Types.CONFLICT, "cart.busy")
        }
      }
      await wait(300)
    }
  },
  async (cartId, { container }) => {
    if (cartId) await container.resolve(Modules.LOCKING).release(cartId)
  }
)

/**
 * Under the cart's lock, the cart may be bound (docs/ARCHITECTURE.md, "Placing
 * orders", the cart binding): the caller's own (else 404, as for none), not
 * completed (409: its order is filed already), and in the portal's sales
 * channel (400: a cart under another key holds products the portal does not
 * offer and would carry the portal's prices to them).
 */
const validateCartToBindStep = createStep(
  "portal-validate-cart-to-bind",
  async (input: BindPortalCartInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at", "sales_channel_id"],
      filters: { id: input.cart_id },
    })
    const cart = carts[0]
    if (!cart || cart.customer_id !== input.customer_id) {
      throw refusal(MedusaError.Types.NOT_FOUND, "cart.not_found")
    }
    if (cart.completed_at) {
      throw refusal(MedusaError.Types.CONFLICT, "cart.already_placed")
    }
    const settings = await portalService(container).getSettings()
    if (
      !settings.portal_sales_channel_id ||
      cart.sales_channel_id !== settings.portal_sales_channel_id
    ) {
      throw refusal(MedusaError.Types.INVALID_DATA, "cart.not_portal_channel")
    }
    return new StepResponse(undefined)
  }
)

/**
 * Writes the binding; a cart another contact bound is a 409. Compensation puts
 * the previous company back (or removes a new row), so a failed refresh
 * leaves the binding as it was.
 */
const writeCartBindingStep = createStep(
  "portal-write-cart-binding",
  async (input: BindPortalCartInput, { container }) => {
    const portal = portalService(container)
    const previous = await portal.getPortalCartBinding(input.cart_id)
    if (!(await portal.bindPortalCart(input))) {
      throw refusal(MedusaError.Types.CONFLICT, "cart.bound_by_other")
    }
    return new StepResponse(undefined, { input, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const portal = portalService(container)
    if (undo.previous) {
      await portal.bindPortalCart({ ...undo.input, company_id: undo.previous.company_id })
      return
    }
    const binding = await portal.getPortalCartBinding(undo.input.cart_id)
    if (binding) await portal.deletePortalCarts(binding.id)
  }
)

/**
 * Binds the caller's cart to the company they act for and has Medusa price it again, all
 * under the cart's lock, so a refusal writes nothing and a completion either sees the binding
 * before its gate or refuses it (docs/ARCHITECTURE.md, "Placing orders").
 */
export const bindPortalCartWorkflow = createWorkflow(
  "portal-bind-cart",
  (input: BindPortalCartInput) => {
    const key = transform({ input }, ({ input }) => input.cart_id)
    lockCartStep(key)
    validateCartToBindStep(input)
    writeCartBindingStep(input)
    refreshCartItemsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, force_refresh: true })),
    })
    releaseLockStep({ key })
    return new WorkflowResponse({ cart_id: input.cart_id, company_id: input.company_id })
  }
)
