import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteAdjustment, QuoteTaxLine } from "../../../shared/quote-totals"

export type QuotePricing = {
  quote_id: string
  items: Array<{
    id: string
    tax_lines: QuoteTaxLine[]
    adjustments: QuoteAdjustment[]
  }>
  shipping_tax_lines: QuoteTaxLine[]
  shipping_adjustments: QuoteAdjustment[]
}

/** JSON columns are typed as objects; these hold arrays. */
const asJson = (value: unknown) => value as Record<string, unknown> | null

/** Writes the tax lines and promotion adjustments onto the quote; compensation restores the old ones. */
export const storeQuotePricingStep = createStep(
  "portal-store-quote-pricing",
  async (pricing: QuotePricing, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const [quote, items] = await Promise.all([
      quotes.retrievePortalQuote(pricing.quote_id, {
        select: ["id", "shipping_tax_lines", "shipping_adjustments"],
      }),
      quotes.listPortalQuoteItems(
        { id: pricing.items.map((item) => item.id) },
        { select: ["id", "tax_lines", "adjustments"] }
      ),
    ])
    await quotes.updatePortalQuoteItems(
      pricing.items.map((item) => ({
        id: item.id,
        tax_lines: asJson(item.tax_lines),
        adjustments: asJson(item.adjustments),
      }))
    )
    await quotes.updatePortalQuotes({
      id: pricing.quote_id,
      shipping_tax_lines: asJson(pricing.shipping_tax_lines),
      shipping_adjustments: asJson(pricing.shipping_adjustments),
    })
    return new StepResponse(void 0, { quote, items })
  },
  async (previous, { container }) => {
    if (!previous) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuoteItems(
      previous.items.map((item) => ({
        id: item.id,
        tax_lines: item.tax_lines,
        adjustments: item.adjustments,
      }))
    )
    await quotes.updatePortalQuotes({
      id: previous.quote.id,
      shipping_tax_lines: previous.quote.shipping_tax_lines,
      shipping_adjustments: previous.quote.shipping_adjustments,
    })
  }
)
