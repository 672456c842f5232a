import type { ComputeActions, ItemTaxLineDTO, ShippingTaxLineDTO } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  getActionsToComputeFromPromotionsStep,
  getItemTaxLinesStep,
} from "@medusajs/medusa/core-flows"
import {
  loadQuotePricingContextStep,
  QUOTE_SHIPPING_METHOD_ID,
  QuoteForPricing,
} from "../steps/load-quote-pricing-context"
import { storeQuotePricingStep } from "../steps/store-quote-pricing"

type TaxLines = {
  lineItemTaxLines: ItemTaxLineDTO[]
  shippingMethodsTaxLines: ShippingTaxLineDTO[]
}

const asQuoteTaxLine = (line: { rate: number; code: string | null; name: string }) => ({
  rate: line.rate,
  code: line.code,
  name: line.name,
})

/** Step names of one pricing, so a workflow may price the quote and its order apart. */
type PricingNames = { context: string; taxes: string; promotions: string }

const QUOTE_PRICING: PricingNames = {
  context: "portal-load-quote-pricing-context",
  taxes: "get-item-tax-lines",
  promotions: "get-actions-to-compute-from-promotions",
}

/**
 * Medusa's tax lines and promotion actions for a quote's lines and freight at its shipping
 * address, as Medusa's Tax and Promotion modules would give them to an order of the same
 * lines (docs/ARCHITECTURE.md, "Money"). Stores nothing: `priceQuote` stores them on the
 * quote, `createOrderFromQuote` puts them on the order.
 */
export function computeQuotePricing(
  quote: WorkflowData<QuoteForPricing>,
  selectedItemIds?: WorkflowData<string[] | undefined>,
  names: PricingNames = QUOTE_PRICING
) {
  const context = loadQuotePricingContextStep(
    transform({ quote, selectedItemIds }, ({ quote, selectedItemIds }) => ({
      quote,
      selected_item_ids: selectedItemIds,
    }))
  ).config({ name: names.context })
  const taxes = getItemTaxLinesStep(
    transform({ context }, ({ context }) => ({
      orderOrCart: context.order,
      items: context.items,
      shipping_methods: context.shipping_methods,
    })) as never
  ).config({ name: names.taxes }) as unknown as WorkflowData<TaxLines>
  const promotionContext = transform({ context, taxes }, ({ context, taxes }) => {
    const rate = (lines: Array<{ rate: number }>) =>
      lines.reduce((sum, line) => MathBN.add(sum, line.rate), MathBN.convert(0))
    const grossed = (amount: number, lines: Array<{ rate: number }>) =>
      MathBN.mult(amount, MathBN.add(1, MathBN.div(rate(lines), 100)))
    return {
      ...(context.promotion ?? {}),
      id: context.order.id,
      currency_code: context.order.currency_code,
      shipping_address: context.order.shipping_address,
      items: context.items
        .filter((item) => item.included)
        .map((item) => {
          const subtotal = MathBN.mult(item.unit_price, item.quantity)
          const lines = taxes.lineItemTaxLines.filter((line) => line.line_item_id === item.id)
          return {
            id: item.id,
            quantity: item.quantity,
            unit_price: item.unit_price,
            product_id: item.product_id,
            variant_id: item.variant_id,
            is_discountable: true,
            subtotal,
            original_total: grossed(subtotal.toNumber(), lines),
          }
        }),
      shipping_methods: context.shipping_methods.map((method) => {
        const lines = taxes.shippingMethodsTaxLines.filter(
          (line) => line.shipping_line_id === method.id
        )
        return {
          id: method.id,
          shipping_option_id: method.shipping_option_id,
          subtotal: method.amount,
          original_total: grossed(method.amount, lines),
        }
      }),
    }
  })
  const actions = getActionsToComputeFromPromotionsStep({
    computeActionContext: promotionContext,
    promotionCodesToApply: [],
  } as never).config({ name: names.promotions }) as unknown as WorkflowData<ComputeActions[]>

  return { context, taxes, actions }
}

/**
 * Prices a quote with Medusa's own Tax and Promotion modules, as an order would be priced, so
 * the order made from it agrees. Runs after every edit and after every change of the buyer's
 * choice (docs/ARCHITECTURE.md, "Money").
 */
export function priceQuote(
  quote: WorkflowData<QuoteForPricing>,
  selectedItemIds?: WorkflowData<string[]>
) {
  const { context, taxes, actions } = computeQuotePricing(quote, selectedItemIds)
  return storeQuotePricingStep(
    transform({ context, taxes, actions }, ({ context, taxes, actions }) => {
      const adjustmentsOf = (key: "item_id" | "shipping_method_id", id: string) =>
        actions
          .filter(
            (action) =>
              (action.action === "addItemAdjustment" ||
                action.action === "addShippingMethodAdjustment") &&
              (action as unknown as Record<string, string>)[key] === id
          )
          .map((action) => {
            const adjustment = action as unknown as { amount: number; code: string }
            return { amount: MathBN.convert(adjustment.amount).toNumber(), code: adjustment.code }
          })
      return {
        quote_id: context.order.id,
        items: context.items.map((item) => ({
          id: item.id,
          tax_lines: taxes.lineItemTaxLines
            .filter((line) => line.line_item_id === item.id)
            .map(asQuoteTaxLine),
          adjustments: item.included ? adjustmentsOf("item_id", item.id) : [],
        })),
        shipping_tax_lines: taxes.shippingMethodsTaxLines
          .filter((line) => line.shipping_line_id === QUOTE_SHIPPING_METHOD_ID)
          .map(asQuoteTaxLine),
        shipping_adjustments: adjustmentsOf("shipping_method_id", QUOTE_SHIPPING_METHOD_ID),
      }
    })
  )
}
