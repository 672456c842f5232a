import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateOrderWorkflowInput } from "@medusajs/medusa/core-flows"
import { formatQuoteNumber } from "../../../modules/quote/status"
import { type QuoteShippingAddress, toOrderAddress } from "../../../shared/quote-address"
import { totalsOfQuote } from "../../../shared/quote-totals"
import { quoteShippingMethod } from "../utils/quote-shipping"

export type QuoteForOrder = {
  id: string
  display_number: number | string
  customer_id: string
  customer_email: string
  region_id?: string | null
  sales_channel_id?: string | null
  currency_code: string
  shipping_address?: unknown
  shipping_option_id?: string | null
  shipping_method_name?: string | null
  shipping_amount?: unknown
  shipping_tax_lines?: unknown
  shipping_adjustments?: unknown
  deposit_percent?: number | null
  deposit_amount?: unknown
  items?: Array<{
    id: string
    variant_id?: string | null
    product_id?: string | null
    title: string
    quantity: number
    unit_price: unknown
    discount_percent?: number | null
    is_optional: boolean
    is_selected: boolean
    position: number
    tax_lines?: unknown
    adjustments?: unknown
  } | null> | null
}

/**
 * The order a quote becomes, at the quote's discounted, tax-exclusive unit prices, so Medusa
 * taxes and promotes it as it priced the quote; `assertOrderAgreesWithQuoteStep` checks the
 * total this returns (docs/ARCHITECTURE.md, "Money").
 */
export const buildQuoteOrderInputStep = createStep(
  "portal-build-quote-order-input",
  async ({ quote, selected_item_ids }: { quote: QuoteForOrder; selected_item_ids: string[] }) => {
    const items = (quote.items ?? []).filter((item) => !!item).map((item) => item!)
    const totals = totalsOfQuote(quote, selected_item_ids)
    const number = formatQuoteNumber(quote.display_number)
    const lines = items
      .sort((a, b) => a.position - b.position)
      .map((item) => ({ item, line: totals.items.find((line) => line.id === item.id)! }))
      .filter(({ line }) => line.included)
    if (!lines.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Select at least one item of quote ${number} before accepting it`
      )
    }
    const address = quote.shipping_address as QuoteShippingAddress | null
    if (!address) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Quote ${number} has no shipping address; the merchant must add one before it can be accepted`
      )
    }
    const orderAddress = toOrderAddress(address)
    const shippingMethod = quoteShippingMethod(quote)
    const input: CreateOrderWorkflowInput = {
      customer_id: quote.customer_id,
      email: quote.customer_email,
      region_id: quote.region_id ?? undefined,
      sales_channel_id: quote.sales_channel_id ?? undefined,
      currency_code: quote.currency_code,
      status: "pending",
      shipping_address: orderAddress,
      billing_address: orderAddress,
      metadata: { portal_quote_id: quote.id, portal_quote_number: number },
      shipping_methods: shippingMethod
        ? [
            {
              name: shippingMethod.name,
              shipping_option_id: shippingMethod.shipping_option_id ?? undefined,
              amount: shippingMethod.amount,
              is_tax_inclusive: false,
            },
          ]
        : [],
      items: lines.map(({ item, line }) => ({
        title: item.title,
        variant_id: item.variant_id ?? undefined,
        product_id: item.product_id ?? undefined,
        quantity: item.quantity,
        unit_price: line.discounted_unit_price,
        is_tax_inclusive: false,
        ...(line.discounted_unit_price !== line.unit_price
          ? { compare_at_unit_price: line.unit_price }
          : {}),
        metadata: { portal_quote_item_id: item.id },
      })),
    }
    return new StepResponse({ input, expected_total: totals.total })
  }
)
