import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { formatQuoteNumber } from "../../../modules/quote/status"
import type { QuoteShippingAddress } from "../../../shared/quote-address"
import { resolveQuoteCompanyStep } from "../../portal/steps/resolve-quote-company"
import { loadQuote } from "../utils/load-quote"
import { createQuoteStep } from "../steps/create-quote"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { assertQuoteDuplicableStep } from "../steps/validate-quote"

/** Re-quotes a closed quote as a new draft with the same lines and terms. */
export const duplicateQuoteWorkflow = createWorkflow(
  "portal-duplicate-quote",
  (input: { quote_id: string; actor_id?: string }) => {
    const original = loadQuote(input.quote_id)
    assertQuoteDuplicableStep({ quote: original })
    const companyId = resolveQuoteCompanyStep(
      transform({ original }, ({ original }) => ({
        customer_id: original.customer_id,
        previous_company_id: original.company_id,
      }))
    )

    const copy = createQuoteStep(
      transform({ original, companyId }, ({ original, companyId }) => ({
        status: "draft" as const,
        customer_id: original.customer_id,
        company_id: companyId ?? null,
        customer_email: original.customer_email,
        currency_code: original.currency_code,
        region_id: original.region_id,
        sales_channel_id: original.sales_channel_id,
        valid_until: null,
        deposit_percent: original.deposit_percent,
        deposit_amount: original.deposit_amount == null ? null : Number(original.deposit_amount),
        // A JSON column, written only as a QuoteShippingAddress.
        shipping_address: original.shipping_address as QuoteShippingAddress | null,
        shipping_option_id: original.shipping_option_id,
        shipping_method_name: original.shipping_method_name,
        shipping_amount: original.shipping_amount == null ? null : Number(original.shipping_amount),
        terms: original.terms,
        internal_note: original.internal_note,
        agreement_template_id: original.agreement_template_id,
        assigned_user_ids: (original.assigned_user_ids ?? []).filter((id): id is string => !!id),
        items: (original.items ?? [])
          .filter((item) => !!item)
          .sort((a, b) => a!.position - b!.position)
          .map((item) => ({
            variant_id: item!.variant_id,
            product_id: item!.product_id,
            sku: item!.sku,
            thumbnail: item!.thumbnail,
            title: item!.title,
            description: item!.description,
            quantity: item!.quantity,
            unit_price: Number(item!.unit_price),
            discount_percent: item!.discount_percent,
            is_optional: item!.is_optional,
            is_selected: item!.is_selected,
            position: item!.position,
          })),
      }))
    )

    recordQuoteEventStep(
      transform({ input, original, copy }, ({ input, original, copy }) => [
        {
          quote_id: copy.id,
          type: "duplicated" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          data: {
            from_quote_id: original.id,
            from_number: formatQuoteNumber(original.display_number),
          },
        },
        {
          quote_id: original.id,
          type: "duplicated" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          data: { to_quote_id: copy.id, to_number: formatQuoteNumber(copy.display_number) },
        },
      ])
    )

    return new WorkflowResponse(copy)
  }
)
