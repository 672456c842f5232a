import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type QuoteReferencesInput = {
  customer_id?: string
  region_id?: string | null
  currency_code?: string
  agreement_template_id?: string | null
  variant_ids: string[]
}

export type ResolvedVariant = {
  id: string
  sku: string | null
  product_id: string | null
  thumbnail: string | null
}

export type QuoteReferences = {
  customer_email: string | null
  variants: Record<string, ResolvedVariant>
}

/**
 * Checks that the customer, region and variants a quote names exist, and that
 * the region charges in the quote's currency. A 400/404 here means nothing was written.
 */
export const resolveQuoteReferencesStep = createStep(
  "portal-resolve-quote-references",
  async (input: QuoteReferencesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    let customerEmail: string | null = null
    if (input.customer_id) {
      const { data } = await query.graph({
        entity: "customer",
        fields: ["id", "email"],
        filters: { id: input.customer_id },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Customer ${input.customer_id} was not found`
        )
      }
      customerEmail = data[0].email
    }
    if (input.region_id) {
      const { data } = await query.graph({
        entity: "region",
        fields: ["id", "currency_code"],
        filters: { id: input.region_id },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Region ${input.region_id} was not found`
        )
      }
      if (input.currency_code && data[0].currency_code !== input.currency_code.toLowerCase()) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Region ${input.region_id} charges in ${data[0].currency_code}, not ${input.currency_code}`
        )
      }
    }
    if (input.agreement_template_id) {
      const { data } = await query.graph({
        entity: "portal_agreement_template",
        fields: ["id"],
        filters: { id: input.agreement_template_id },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Agreement template ${input.agreement_template_id} was not found`
        )
      }
    }
    const variants: Record<string, ResolvedVariant> = {}
    const ids = [...new Set(input.variant_ids)]
    if (ids.length) {
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "sku", "product_id", "product.thumbnail"],
        filters: { id: ids },
      })
      for (const variant of data) {
        variants[variant.id] = {
          id: variant.id,
          sku: variant.sku ?? null,
          product_id: variant.product_id ?? null,
          thumbnail: variant.product?.thumbnail ?? null,
        }
      }
      const missing = ids.filter((id) => !variants[id])
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Product variant(s) not found: ${missing.join(", ")}`
        )
      }
    }
    return new StepResponse<QuoteReferences>({ customer_email: customerEmail, variants })
  }
)
