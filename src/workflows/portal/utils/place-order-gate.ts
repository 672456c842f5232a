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
 * The place-order gate of `completeCartWorkflow`'s validate hook. It trusts only the
 * binding written by `POST /store/portal/cart-company`, never the cart's metadata, which
 * anyone with the cart id may write (docs/ARCHITECTURE.md, "Placing orders").
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
