import { releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { linkExpiresAt } from "../../../modules/quote/tokens"
import { loadQuote } from "../utils/load-quote"
import { lockQuote } from "../utils/lock-quote"
import { priceQuote } from "../utils/price-quote"
import { shippingFields } from "../utils/quote-shipping"
import type { QuoteTermsData } from "../steps/create-quote"
import { setQuoteLinksExpiryStep } from "../steps/quote-links"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { resolveQuoteReferencesStep } from "../steps/resolve-quote-references"
import { updateQuoteStep } from "../steps/update-quote"
import { assertQuoteEditableStep } from "../steps/validate-quote"
import { resolveQuoteCompanyStep } from "../../portal/steps/resolve-quote-company"

export type UpdateQuoteWorkflowInput = Omit<
  QuoteTermsData,
  "shipping_address" | "shipping_method_name"
> & {
  id: string
  /** One of the quote customer's addresses. */
  shipping_address_id?: string
  actor_id?: string
}

/** Staff change a quote's terms while it is a draft or awaiting the buyer. */
export const updateQuoteWorkflow = createWorkflow(
  "portal-update-quote",
  (input: UpdateQuoteWorkflowInput) => {
    const { lockKey, quote } = lockQuote(input.id)
    assertQuoteEditableStep({ quote })
    const references = resolveQuoteReferencesStep(
      transform({ input, quote }, ({ input, quote }) => ({
        customer_id: quote.customer_id,
        region_id: input.region_id,
        currency_code: quote.currency_code,
        agreement_template_id: input.agreement_template_id,
        variant_ids: [],
        shipping_address_id: input.shipping_address_id,
        shipping_option_id: input.shipping_option_id,
      }))
    )

    const companyId = resolveQuoteCompanyStep(
      transform({ input, quote }, ({ input, quote }) => ({
        customer_id: quote.customer_id,
        company_id: input.company_id,
        quote: { status: quote.status, company_id: quote.company_id },
      }))
    )

    const patch = transform(
      { input, references, companyId },
      ({ input, references, companyId }) => {
        const {
          actor_id: _actor,
          shipping_address_id: _address,
          company_id: _company,
          ...terms
        } = input
        const fields: Record<string, unknown> & typeof terms = {
          ...terms,
          ...shippingFields(terms, references),
          ...(companyId !== undefined ? { company_id: companyId } : {}),
        }
        // A deposit is a percentage or an amount, never both.
        if (fields.deposit_percent != null) fields.deposit_amount = null
        if (fields.deposit_amount != null) fields.deposit_percent = null
        return fields
      }
    )
    const updated = updateQuoteStep(patch)
    priceQuote(loadQuote(input.id, "portal-load-updated-quote"))

    when("portal-update-quote-link-expiry", { input }, ({ input }) => !!input.valid_until).then(
      () => {
        setQuoteLinksExpiryStep(
          transform({ input }, ({ input }) => ({
            quote_id: input.id,
            expires_at: linkExpiresAt(input.valid_until as Date),
          }))
        )
      }
    )

    recordQuoteEventStep(
      transform({ input }, ({ input }) => [
        {
          quote_id: input.id,
          type: "updated" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          data: { fields: Object.keys(input).filter((key) => key !== "id" && key !== "actor_id") },
        },
      ])
    )

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(updated)
  }
)
