import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadPortalSettingsStep } from "../../portal/steps/load-portal-settings"
import { resolveQuoteCompanyStep } from "../../portal/steps/resolve-quote-company"
import { loadQuote } from "../utils/load-quote"
import { priceQuote } from "../utils/price-quote"
import { shippingFields } from "../utils/quote-shipping"
import { CreateQuoteData, CreateQuoteItemData, createQuoteStep } from "../steps/create-quote"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { resolveQuoteReferencesStep } from "../steps/resolve-quote-references"

export type CreateQuoteWorkflowInput = Omit<
  CreateQuoteData,
  "customer_email" | "status" | "shipping_address" | "shipping_method_name"
> & {
  /** One of the customer's addresses; by default their default shipping address. */
  shipping_address_id?: string | null
  actor_id?: string
  /**
   * The customer who asked for it from the portal cart: the quote starts
   * `requested` and its "created" event is theirs (requestQuoteWorkflow).
   */
  requested_by?: string
}

/**
 * Staff create a draft quote for a customer, priced by Medusa for where it
 * ships; or a member's request from the portal cart (`requested_by`).
 */
export const createQuoteWorkflow = createWorkflow(
  "portal-create-quote",
  (input: CreateQuoteWorkflowInput) => {
    const references = resolveQuoteReferencesStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        region_id: input.region_id,
        currency_code: input.currency_code,
        agreement_template_id: input.agreement_template_id,
        variant_ids: input.items.flatMap((item) => (item.variant_id ? [item.variant_id] : [])),
        shipping_address_id: input.shipping_address_id,
        default_shipping_address: input.shipping_address_id === undefined,
        shipping_option_id: input.shipping_option_id,
      }))
    )

    const settings = loadPortalSettingsStep()
    const companyId = resolveQuoteCompanyStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        company_id: input.company_id,
      }))
    )

    const quoteData = transform(
      { input, references, settings, companyId },
      ({ input, references, settings, companyId }) => {
        const {
          actor_id: _actor,
          shipping_address_id: _address,
          requested_by: requestedBy,
          ...quote
        } = input
        // Staff who say nothing about a deposit get the merchant's default; an
        // explicit null means "no deposit" and is kept.
        const depositUnset =
          quote.deposit_percent === undefined && quote.deposit_amount === undefined
        return {
          ...quote,
          deposit_percent:
            depositUnset && settings.default_deposit_percent
              ? settings.default_deposit_percent
              : quote.deposit_percent,
          status: requestedBy ? ("requested" as const) : ("draft" as const),
          requested_at: requestedBy ? new Date() : null,
          currency_code: quote.currency_code.toLowerCase(),
          customer_email: references.customer_email!,
          company_id: companyId ?? null,
          ...shippingFields(quote, references),
          items: quote.items.map((item): CreateQuoteItemData => {
            const variant = item.variant_id ? references.variants[item.variant_id] : undefined
            return {
              ...item,
              product_id: variant?.product_id ?? item.product_id ?? null,
              sku: variant?.sku ?? item.sku ?? null,
              thumbnail: variant?.thumbnail ?? item.thumbnail ?? null,
              product_type_id: variant?.product_type_id ?? null,
              // Required items are always in; optional ones start as staff pre-selected them.
              is_selected: item.is_optional ? (item.is_selected ?? false) : true,
            }
          }),
        }
      }
    )

    const quote = createQuoteStep(quoteData)
    priceQuote(loadQuote(quote.id, "portal-load-created-quote"))

    recordQuoteEventStep(
      transform({ quote, input }, ({ quote, input }) => [
        {
          quote_id: quote.id,
          type: "created" as const,
          actor_type: input.requested_by ? ("customer" as const) : ("staff" as const),
          actor_id: input.requested_by ?? input.actor_id,
        },
      ])
    )

    return new WorkflowResponse(quote)
  }
)
