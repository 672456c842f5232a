import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "../../../lib/refusal"
import { can } from "../../../shared/permissions"
import { loadMemberships } from "./memberships"
import { portalService } from "../steps/portal-service"

export type GateCart = {
  id: string
  customer_id?: string | null
  customer?: { id?: string | null } | null
  sales_channel_id?: string | null
}

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
    throw refusal(MedusaError.Types.NOT_ALLOWED, "cart.prices_hidden")
  }
  if (!settings.allow_place_order) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "cart.ordering_off")
  }
  if (!binding) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "cart.no_company")
  }
  if (!inPortalChannel) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "cart.left_portal_channel")
  }
  const companyId = binding.company_id
  const customerId = cart.customer?.id ?? cart.customer_id
  if (!customerId || customerId !== binding.customer_id) {
    throw refusal(MedusaError.Types.FORBIDDEN, "cart.set_up_by_other")
  }
  const membership = customerId
    ? (await loadMemberships(container, customerId)).find((m) => m.company.id === companyId)
    : undefined
  if (!membership) {
    throw refusal(MedusaError.Types.FORBIDDEN, "cart.not_contact")
  }
  const access = {
    kind: "member" as const,
    customer_id: customerId,
    company_id: companyId,
    permissions: membership.permissions,
  }
  if (!can(access, "orders.place")) {
    throw refusal(MedusaError.Types.FORBIDDEN, "cart.teams_forbid_ordering", {
      company: membership.company.name,
    })
  }
  // Conditional on the binding read above, so a re-binding that slipped in since is refused.
  if (
    !(await portal.approvePortalCart({
      cart_id: cart.id,
      company_id: companyId,
      customer_id: customerId,
    }))
  ) {
    throw refusal(MedusaError.Types.CONFLICT, "cart.company_changed")
  }
}
