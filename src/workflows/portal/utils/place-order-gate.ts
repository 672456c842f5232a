import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { can } from "../../../shared/permissions"
import { loadMemberships } from "./memberships"
import { portalService } from "../steps/portal-service"

export type GateCart = {
  id: string
  customer_id?: string | null
  customer?: { id?: string | null } | null
  sales_channel_id?: string | null
}

const refuse = (type: string, message: string) => new MedusaError(type, message)

/**
 * The place-order gate (docs/ARCHITECTURE.md, "Placing orders"), run by the
 * `completeCartWorkflow` validate hook: a cart with a binding (the company it
 * acts for and the contact who bound it, written only by
 * `POST /store/portal/cart-company`) or in the portal sales channel is
 * completed only if the settings allow placing orders with prices shown, it is
 * still in the portal's sales channel (Medusa's cart route moves a cart to any
 * channel), its customer is still the contact who bound it (and to whoever's
 * email it is given), an active contact of that company (portal access on)
 * whose teams grant `orders.place` there. The cart's metadata decides nothing:
 * anyone with the cart id may write it. Any other cart passes untouched.
 * Approving stamps the company on the binding (`approvePortalCart`): the order
 * is filed under it. Throws the refusal; answers nothing.
 */
export async function assertMayPlaceOrder(container: MedusaContainer, cart: GateCart) {
  const portal = portalService(container)
  const binding = await portal.getPortalCartBinding(cart.id)
  const settings = await portal.getSettings()
  const inPortalChannel =
    !!settings.portal_sales_channel_id && cart.sales_channel_id === settings.portal_sales_channel_id
  if (!binding && !inPortalChannel) return
  if (settings.hide_prices) {
    throw refuse(
      MedusaError.Types.NOT_ALLOWED,
      "Prices are hidden in the portal, so orders cannot be placed; request a quote instead"
    )
  }
  if (!settings.allow_place_order) {
    throw refuse(
      MedusaError.Types.NOT_ALLOWED,
      "Placing orders is turned off in the portal; request a quote instead"
    )
  }
  if (!binding) {
    throw refuse(
      MedusaError.Types.NOT_ALLOWED,
      "This portal cart does not say which company it is for; set it with POST /store/portal/cart-company"
    )
  }
  if (!inPortalChannel) {
    throw refuse(
      MedusaError.Types.NOT_ALLOWED,
      "This portal cart is no longer in the portal's sales channel; start a new cart in the portal"
    )
  }
  const companyId = binding.company_id
  const customerId = cart.customer?.id ?? cart.customer_id
  if (!customerId || customerId !== binding.customer_id) {
    throw refuse(
      MedusaError.Types.FORBIDDEN,
      "This portal cart was set up by another customer; start a new cart"
    )
  }
  const membership = customerId
    ? (await loadMemberships(container, customerId)).find((m) => m.company.id === companyId)
    : undefined
  if (!membership) {
    throw refuse(
      MedusaError.Types.FORBIDDEN,
      "You are not an active portal contact of the company this cart is for"
    )
  }
  const access = {
    kind: "member" as const,
    customer_id: customerId,
    company_id: companyId,
    permissions: membership.permissions,
  }
  if (!can(access, "orders.place")) {
    throw refuse(
      MedusaError.Types.FORBIDDEN,
      `Your teams at ${membership.company.name} do not allow placing orders (orders.place)`
    )
  }
  // Conditional on the binding read above, so a re-binding that slipped in since is refused.
  if (
    !(await portal.approvePortalCart({
      cart_id: cart.id,
      company_id: companyId,
      customer_id: customerId,
    }))
  ) {
    throw refuse(
      MedusaError.Types.CONFLICT,
      "This cart's company changed while the order was being placed; try again"
    )
  }
}
