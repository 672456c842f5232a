import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isLineIncluded, computeQuoteTotals } from "../../../shared/quote-totals"
import type { QuoteShippingAddress } from "../../../shared/quote-address"
import { quoteShippingMethod } from "../utils/quote-shipping"

/** The quote fields pricing needs, as loadQuote returns them. */
export type QuoteForPricing = {
  id: string
  customer_id: string
  customer_email: string
  company_id?: string | null
  region_id?: string | null
  sales_channel_id?: string | null
  currency_code: string
  shipping_address?: unknown
  shipping_option_id?: string | null
  shipping_method_name?: string | null
  shipping_amount?: unknown
  items?: Array<{
    id: string
    variant_id?: string | null
    product_id?: string | null
    product_type_id?: string | null
    quantity: number
    unit_price: unknown
    discount_percent?: number | null
    is_optional: boolean
    is_selected: boolean
  } | null> | null
}

/** What Medusa's promotion rules read of a quote's buyer: `customer.groups.id` and `sales_channel_id`. */
export type QuotePromotionContext = {
  customer: { id: string; groups: Array<{ id: string }> }
  sales_channel_id?: string
}

/**
 * The promotion context of a quote of a company with portal access, and of the
 * order made from it: the customer in that company's group only (never the other
 * groups of a contact of several companies) and the quote's sales channel, so
 * the portal's blanket and company discounts apply as they do to the company's
 * cart (docs/ARCHITECTURE.md, "Money"). Undefined for a quote of no such company.
 */
export async function quotePromotionContext(
  container: MedusaContainer,
  quote: { customer_id: string; company_id?: string | null; sales_channel_id?: string | null }
): Promise<QuotePromotionContext | undefined> {
  if (!quote.company_id) return undefined
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: companies } = await query.graph({
    entity: "portal_company",
    fields: ["id", "allow_portal", "customer_group_id"],
    filters: { id: quote.company_id },
  })
  const company = companies[0]
  if (!company?.allow_portal || !company.customer_group_id) return undefined
  return {
    customer: { id: quote.customer_id, groups: [{ id: company.customer_group_id }] },
    ...(quote.sales_channel_id ? { sales_channel_id: quote.sales_channel_id } : {}),
  }
}

/** The id the quote's one shipping method goes by while it is priced. */
export const QUOTE_SHIPPING_METHOD_ID = "quote-shipping"

/**
 * The quote in the shape Medusa's tax and promotion steps read an order in, so they price
 * the quote exactly as its order will be priced (docs/ARCHITECTURE.md,
 * "Money").
 */
export const loadQuotePricingContextStep = createStep(
  "portal-load-quote-pricing-context",
  async (
    { quote, selected_item_ids }: { quote: QuoteForPricing; selected_item_ids?: string[] },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: customers }, { data: regions }, promotion] = await Promise.all([
      query.graph({
        entity: "customer",
        fields: ["id", "email", "groups.id"],
        filters: { id: quote.customer_id },
      }),
      quote.region_id
        ? query.graph({
            entity: "region",
            fields: ["id", "automatic_taxes"],
            filters: { id: quote.region_id },
          })
        : Promise.resolve({ data: [] as { id: string; automatic_taxes: boolean }[] }),
      quotePromotionContext(container, quote),
    ])
    const items = (quote.items ?? []).filter((item) => !!item).map((item) => item!)
    const totals = computeQuoteTotals({
      currency_code: quote.currency_code,
      items: items.map((item) => ({ ...item, unit_price: item.unit_price as number })),
    })
    const unitPrice = (id: string) => totals.items.find((line) => line.id === id)!
    const address = (quote.shipping_address ?? null) as QuoteShippingAddress | null
    const method = quoteShippingMethod(quote)
    const shippingMethods = method ? [{ id: QUOTE_SHIPPING_METHOD_ID, ...method }] : []
    const region = regions[0]
    const order = {
      id: quote.id,
      currency_code: quote.currency_code,
      email: quote.customer_email,
      region: region ? { id: region.id, automatic_taxes: region.automatic_taxes } : undefined,
      customer: customers[0] ?? undefined,
      shipping_address: address ?? undefined,
      shipping_methods: shippingMethods,
    }
    return new StepResponse({
      order,
      items: items.map((item) => ({
        id: item.id,
        product_id: item.product_id ?? undefined,
        product_type_id: item.product_type_id ?? undefined,
        variant_id: item.variant_id ?? undefined,
        quantity: item.quantity,
        unit_price: unitPrice(item.id).discounted_unit_price,
        included: isLineIncluded(item, selected_item_ids),
      })),
      shipping_methods: shippingMethods,
      promotion: promotion ?? null,
    })
  }
)
