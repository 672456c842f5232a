import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { PORTAL_MODULE } from "../../../modules/portal"
import type PortalModuleService from "../../../modules/portal/service"
import type { MemberAccess } from "../../../shared/permissions"
import type { CreateQuoteWorkflowInput } from "../workflows/create-quote"

/**
 * A member's quote request from their portal cart (docs/ARCHITECTURE.md, "Quote requests"):
 * a cart not theirs, completed or not bound by them is the same 404 as none. Lines are at
 * Medusa's unit price, 0 while prices are hidden (staff price them).
 */
export const validateQuoteRequestStep = createStep(
  "portal-validate-quote-request",
  async (input: { cart_id: string; access: MemberAccess }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: [
        "id",
        "customer_id",
        "completed_at",
        "currency_code",
        "region_id",
        "sales_channel_id",
        "items.variant_id",
        "items.product_id",
        "items.title",
        "items.subtitle",
        "items.quantity",
        "items.unit_price",
      ],
      filters: { id: input.cart_id },
    })
    const cart = carts[0]
    const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
    // The cart's binding (docs/ARCHITECTURE.md, "Placing orders"), not its metadata.
    const binding = cart ? await portal.getPortalCartBinding(cart.id) : null
    if (
      !cart ||
      cart.completed_at ||
      cart.customer_id !== input.access.customer_id ||
      binding?.customer_id !== input.access.customer_id ||
      binding.company_id !== input.access.company_id
    ) {
      throw refusal(MedusaError.Types.NOT_FOUND, "quote.request_cart_not_found")
    }
    const settings = await portal.getSettings()
    if (!settings.allow_quote_requests) {
      throw refusal(MedusaError.Types.FORBIDDEN, "quote.requests_off")
    }
    const items = (cart.items ?? []).flatMap((item) => (item ? [item] : []))
    if (!items.length) {
      throw refusal(MedusaError.Types.INVALID_DATA, "quote.request_cart_empty")
    }
    const quote: CreateQuoteWorkflowInput = {
      customer_id: input.access.customer_id,
      company_id: input.access.company_id,
      requested_by: input.access.customer_id,
      currency_code: cart.currency_code,
      region_id: cart.region_id ?? null,
      sales_channel_id: cart.sales_channel_id ?? null,
      items: items.map((item) => ({
        variant_id: item.variant_id ?? null,
        product_id: item.product_id ?? null,
        title: item.title,
        description: item.subtitle ?? null,
        quantity: Number(item.quantity),
        // Medusa's price for the active company (the cart hooks); hidden prices are staff's to set.
        unit_price: settings.hide_prices ? 0 : Number(item.unit_price),
      })),
    }
    return new StepResponse(quote)
  }
)
