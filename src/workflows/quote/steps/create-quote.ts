import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteStatus } from "../../../modules/quote/status"
import type { QuoteShippingAddress } from "../../../shared/quote-address"

export type CreateQuoteItemData = {
  variant_id?: string | null
  product_id?: string | null
  sku?: string | null
  thumbnail?: string | null
  title: string
  description?: string | null
  quantity: number
  unit_price: number
  discount_percent?: number
  is_optional?: boolean
  is_selected?: boolean
  position?: number
  product_type_id?: string | null
}

/** The terms staff can set on a quote, at creation and while it is still editable. */
export type QuoteTermsData = {
  region_id?: string | null
  sales_channel_id?: string | null
  valid_until?: Date | null
  deposit_percent?: number | null
  deposit_amount?: number | null
  shipping_address?: QuoteShippingAddress | null
  shipping_option_id?: string | null
  shipping_method_name?: string | null
  shipping_amount?: number | null
  terms?: string | null
  language?: string | null
  internal_note?: string | null
  assigned_user_ids?: string[]
  agreement_template_id?: string | null
  company_id?: string | null
}

export type CreateQuoteData = QuoteTermsData & {
  status?: QuoteStatus
  customer_id: string
  customer_email: string
  currency_code: string
  items: CreateQuoteItemData[]
}

export const createQuoteStep = createStep(
  "portal-create-quote",
  async (data: CreateQuoteData, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const { items, ...fields } = data
    const quote = await quotes.createPortalQuotes(fields)
    await quotes.createPortalQuoteItems(
      items.map((item, index) => ({ position: index, ...item, quote_id: quote.id }))
    )
    return new StepResponse(quote, quote.id)
  },
  async (quoteId, { container }) => {
    if (!quoteId) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.deletePortalQuotes(quoteId)
  }
)
