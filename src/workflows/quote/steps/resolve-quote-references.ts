import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { type QuoteShippingAddress, toQuoteShippingAddress } from "../../../shared/quote-address"

export type QuoteReferencesInput = {
  customer_id?: string
  region_id?: string | null
  currency_code?: string
  agreement_template_id?: string | null
  variant_ids: string[]
  /** One of the customer's addresses; `undefined` with `default_shipping_address` picks their default. */
  shipping_address_id?: string | null
  default_shipping_address?: boolean
  shipping_option_id?: string | null
}

export type ResolvedVariant = {
  id: string
  sku: string | null
  product_id: string | null
  product_type_id: string | null
  thumbnail: string | null
}

export type QuoteReferences = {
  customer_email: string | null
  variants: Record<string, ResolvedVariant>
  /** The address copied onto the quote, when one was named or defaulted. */
  shipping_address?: QuoteShippingAddress | null
  /** The shipping option named, with its flat price in the quote's currency. */
  shipping_option?: { id: string; name: string; amount: number | null } | null
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
        fields: ["id", "sku", "product_id", "product.thumbnail", "product.type_id"],
        filters: { id: ids },
      })
      for (const variant of data) {
        variants[variant.id] = {
          id: variant.id,
          sku: variant.sku ?? null,
          product_id: variant.product_id ?? null,
          product_type_id: variant.product?.type_id ?? null,
          thumbnail: variant.product?.thumbnail ?? null,
        }
      }
      const missing = ids.filter((id) => !variants[id])
      if (missing.length) {
        // Also reached by a member: a quote request names their cart's variants.
        throw refusal(MedusaError.Types.NOT_FOUND, "quote.variants_not_found", {
          ids: missing.join(", "),
        })
      }
    }
    const references: QuoteReferences = { customer_email: customerEmail, variants }
    if (input.customer_id && (input.shipping_address_id || input.default_shipping_address)) {
      references.shipping_address = await resolveShippingAddress(query, input)
    }
    if (input.shipping_option_id) {
      references.shipping_option = await resolveShippingOption(query, input)
    }
    return new StepResponse(references)
  }
)

type Query = { graph: (config: Record<string, unknown>) => Promise<{ data: any[] }> } // eslint-disable-line @typescript-eslint/no-explicit-any

/** The named address of the customer (404 for anyone else's), or their default shipping address. */
async function resolveShippingAddress(
  query: Query,
  input: QuoteReferencesInput
): Promise<QuoteShippingAddress | null> {
  const { data } = await query.graph({
    entity: "customer_address",
    fields: ["*"],
    filters: { customer_id: input.customer_id },
  })
  if (input.shipping_address_id) {
    const address = data.find((candidate) => candidate.id === input.shipping_address_id)
    if (!address) {
      // The buyer's pick (lockQuoteForBuyer): answered in their language.
      throw refusal(MedusaError.Types.NOT_FOUND, "quote.no_such_address", {
        id: input.shipping_address_id,
      })
    }
    return toQuoteShippingAddress(address)
  }
  const preferred =
    data.find((address) => address.is_default_shipping) ?? (data.length === 1 ? data[0] : null)
  return preferred ? toQuoteShippingAddress(preferred) : null
}

/** A flat-rate shipping option, priced in the quote's currency. */
async function resolveShippingOption(query: Query, input: QuoteReferencesInput) {
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "price_type", "prices.amount", "prices.currency_code"],
    filters: { id: input.shipping_option_id },
  })
  const option = data[0]
  if (!option) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Shipping option ${input.shipping_option_id} was not found`
    )
  }
  if (option.price_type !== "flat") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Shipping option ${option.name} is calculated at checkout; choose a flat-rate option or enter the freight amount`
    )
  }
  const currency = input.currency_code?.toLowerCase()
  const price = (option.prices ?? []).find(
    (candidate: { currency_code?: string }) => candidate?.currency_code === currency
  )
  return { id: option.id, name: option.name, amount: price ? Number(price.amount) : null }
}
