import type {
  ComputeActions,
  CreateOrderAdjustmentDTO,
  CreateOrderDTO,
  CreateOrderLineItemDTO,
  CreateOrderTaxLineDTO,
  ItemTaxLineDTO,
  ShippingTaxLineDTO,
} from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { formatQuoteNumber } from "../../../modules/quote/status"
import { type QuoteShippingAddress, toOrderAddress } from "../../../shared/quote-address"
import {
  type QuoteAdjustment,
  type QuoteTaxLine,
  totalsOfQuote,
} from "../../../shared/quote-totals"
import { quoteShippingMethod } from "../utils/quote-shipping"
import { pricesChanged } from "./assert-order-agrees-with-quote"
import type { OrderVariant, QuoteOrderContext } from "./load-quote-order-context"
import type { QuoteForPricing } from "./load-quote-pricing-context"
import { QUOTE_SHIPPING_METHOD_ID } from "./load-quote-pricing-context"

export type QuoteForOrder = Omit<QuoteForPricing, "items"> & {
  display_number: number | string
  shipping_tax_lines?: unknown
  shipping_adjustments?: unknown
  deposit_percent?: number | null
  deposit_amount?: unknown
  items?: Array<
    | (NonNullable<NonNullable<QuoteForPricing["items"]>[number]> & {
        title: string
        sku?: string | null
        thumbnail?: string | null
        position: number
        tax_lines?: unknown
        adjustments?: unknown
      })
    | null
  > | null
}

/** Medusa's tax lines and promotion actions for the quote, as `computeQuotePricing` gives them. */
export type OrderPricing = {
  taxes: { lineItemTaxLines: ItemTaxLineDTO[]; shippingMethodsTaxLines: ShippingTaxLineDTO[] }
  actions: ComputeActions[]
}

type AdjustmentAction = {
  action: string
  item_id?: string
  shipping_method_id?: string
  amount: number
  code: string
  is_tax_inclusive?: boolean
}

const orderTaxLine = (line: ItemTaxLineDTO | ShippingTaxLineDTO): CreateOrderTaxLineDTO => ({
  description: line.name,
  tax_rate_id: line.rate_id ?? undefined,
  code: line.code ?? "",
  rate: line.rate,
  provider_id: line.provider_id ?? undefined,
})

const quoteTaxLine = (line: ItemTaxLineDTO | ShippingTaxLineDTO): QuoteTaxLine => ({
  rate: line.rate,
  code: line.code,
  name: line.name,
})

/** The fields an order line copies of its variant and product, as checkout's line does. */
function variantFields(variant: OrderVariant | undefined) {
  if (!variant) return { requires_shipping: false }
  const product = variant.product
  const thumbnail = variant.thumbnail ?? product?.thumbnail
  const shipsInventory = (variant.inventory_items ?? []).some(
    (item) => !!item?.inventory?.requires_shipping
  )
  return {
    subtitle: variant.title ?? undefined,
    thumbnail: thumbnail ?? undefined,
    product_id: product?.id,
    product_title: product?.title,
    product_description: product?.description ?? undefined,
    product_subtitle: product?.subtitle ?? undefined,
    product_type: product?.type?.value,
    product_type_id: product?.type?.id,
    product_collection: product?.collection?.title,
    product_handle: product?.handle ?? undefined,
    variant_id: variant.id,
    variant_sku: variant.sku ?? undefined,
    variant_barcode: variant.barcode ?? undefined,
    variant_title: variant.title ?? undefined,
    is_discountable: product?.discountable ?? true,
    is_giftcard: product?.is_giftcard ?? false,
    requires_shipping: !!product?.shipping_profile?.id || shipsInventory,
  }
}

/**
 * The order a quote becomes: its included lines at the quote's discounted, tax-exclusive unit
 * prices with the tax lines and promotion adjustments Medusa gives them now, the freight with
 * its own, the address and the buyer, as checkout hands a priced cart to the Order module. If
 * Medusa now prices them to another total than the one the quote was priced at and the buyer
 * saw (a tax rate or an automatic promotion changed since), the acceptance is refused before
 * anything is written (docs/ARCHITECTURE.md, "Money", "Accept core").
 */
export const buildQuoteOrderStep = createStep(
  "portal-build-quote-order",
  async (
    input: {
      quote: QuoteForOrder
      selected_item_ids: string[]
      pricing: OrderPricing
      context: QuoteOrderContext
    },
    { container }
  ) => {
    const { quote, pricing, context } = input
    const number = formatQuoteNumber(quote.display_number)
    const address = quote.shipping_address as QuoteShippingAddress | null
    if (!address) {
      throw refusal(MedusaError.Types.INVALID_DATA, "quote.no_shipping_address", { number })
    }
    const items = (quote.items ?? []).filter((item) => !!item).map((item) => item!)
    const taxesOf = (id: string) =>
      pricing.taxes.lineItemTaxLines.filter((line) => line.line_item_id === id)
    const shippingTaxes = pricing.taxes.shippingMethodsTaxLines.filter(
      (line) => line.shipping_line_id === QUOTE_SHIPPING_METHOD_ID
    )
    const adjustmentActions = pricing.actions.filter(
      (action) =>
        action.action === "addItemAdjustment" || action.action === "addShippingMethodAdjustment"
    ) as unknown as AdjustmentAction[]
    const actionsOf = (key: "item_id" | "shipping_method_id", id: string) =>
      adjustmentActions.filter((action) => action[key] === id)
    const quoteAdjustment = (action: AdjustmentAction): QuoteAdjustment => ({
      amount: action.amount,
      code: action.code,
    })

    // What the buyer saw (the stored price) against what Medusa charges now.
    const seen = totalsOfQuote(quote, input.selected_item_ids)
    const now = totalsOfQuote(
      {
        ...quote,
        items: items.map((item) => ({
          ...item,
          tax_lines: taxesOf(item.id).map(quoteTaxLine),
          adjustments: actionsOf("item_id", item.id).map(quoteAdjustment),
        })),
        shipping_tax_lines: shippingTaxes.map(quoteTaxLine),
        shipping_adjustments: actionsOf("shipping_method_id", QUOTE_SHIPPING_METHOD_ID).map(
          quoteAdjustment
        ),
      },
      input.selected_item_ids
    )
    if (now.total !== seen.total) {
      throw pricesChanged(now.total, seen.total, quote.currency_code)
    }

    const lines = items
      .sort((a, b) => a.position - b.position)
      .map((item) => ({ item, line: now.items.find((line) => line.id === item.id)! }))
      .filter(({ line }) => line.included)
    if (!lines.length) {
      throw refusal(MedusaError.Types.INVALID_DATA, "quote.nothing_selected", { number })
    }

    // Adjustments name their promotion, as the Order module's own refresh records them.
    const codes = [...new Set(adjustmentActions.map((action) => action.code))]
    const promotions = codes.length
      ? await container
          .resolve(Modules.PROMOTION)
          .listPromotions({ code: codes }, { select: ["id", "code"] })
      : []
    const promotionIds = new Map(promotions.map((promotion) => [promotion.code, promotion.id]))
    const orderAdjustment = (action: AdjustmentAction): CreateOrderAdjustmentDTO => ({
      code: action.code,
      amount: action.amount,
      is_tax_inclusive: action.is_tax_inclusive,
      promotion_id: promotionIds.get(action.code),
    })

    const variants = new Map(context.variants.map((variant) => [variant.id, variant]))
    const orderAddress = toOrderAddress(address)
    const shippingMethod = quoteShippingMethod(quote)
    const order: CreateOrderDTO = {
      customer_id: quote.customer_id,
      email: quote.customer_email,
      region_id: context.region_id ?? undefined,
      sales_channel_id: context.sales_channel_id ?? undefined,
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
              tax_lines: shippingTaxes.map(orderTaxLine),
              adjustments: actionsOf("shipping_method_id", QUOTE_SHIPPING_METHOD_ID).map(
                orderAdjustment
              ),
            } as NonNullable<CreateOrderDTO["shipping_methods"]>[number],
          ]
        : [],
      items: lines.map(({ item, line }): CreateOrderLineItemDTO => ({
        product_id: item.product_id ?? undefined,
        ...variantFields(item.variant_id ? variants.get(item.variant_id) : undefined),
        title: item.title,
        ...(item.thumbnail ? { thumbnail: item.thumbnail } : {}),
        ...(item.sku ? { variant_sku: item.sku } : {}),
        quantity: item.quantity,
        unit_price: line.discounted_unit_price,
        is_tax_inclusive: false,
        ...(line.discounted_unit_price !== line.unit_price
          ? { compare_at_unit_price: line.unit_price }
          : {}),
        tax_lines: taxesOf(item.id).map(orderTaxLine),
        adjustments: actionsOf("item_id", item.id).map(orderAdjustment),
        metadata: { portal_quote_item_id: item.id },
      })),
    }
    return new StepResponse({ order, expected_total: seen.total })
  }
)
