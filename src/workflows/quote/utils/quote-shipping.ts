import { MedusaError } from "@medusajs/framework/utils"
import type { QuoteReferences } from "../steps/resolve-quote-references"

/** What staff send about shipping, at creation or in an edit. */
export type QuoteShippingInput = {
  shipping_option_id?: string | null
  /** Freight staff enter for this quote, instead of the option's flat price. */
  shipping_amount?: number | null
}

/**
 * The quote's shipping columns from what staff sent and what was resolved:
 * the address copy, and the shipping method as the option's name with either
 * the freight entered or the option's flat price. Only the fields that change
 * are returned, so an edit leaves the rest alone.
 */
export function shippingFields(input: QuoteShippingInput, references: QuoteReferences) {
  const fields: Record<string, unknown> = {}
  if (references.shipping_address !== undefined) {
    fields.shipping_address = references.shipping_address
  }
  if (input.shipping_option_id === null) {
    // No option: freight alone, when staff entered one (docs/ARCHITECTURE.md, "Money").
    Object.assign(fields, {
      shipping_option_id: null,
      shipping_method_name: null,
      shipping_amount: input.shipping_amount ?? null,
    })
  } else if (references.shipping_option) {
    const option = references.shipping_option
    const amount = input.shipping_amount ?? option.amount
    if (amount == null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Shipping option ${option.name} has no price in the quote's currency; enter the freight amount`
      )
    }
    Object.assign(fields, {
      shipping_option_id: option.id,
      shipping_method_name: option.name,
      shipping_amount: amount,
    })
  } else if (input.shipping_amount != null) {
    fields.shipping_amount = input.shipping_amount
  }
  return fields
}

/** The quote's shipping columns that say how it ships. */
export type QuoteShippingMethodFields = {
  shipping_option_id?: string | null
  shipping_method_name?: string | null
  shipping_amount?: unknown
}

/**
 * The one shipping method a quote carries, priced and ordered alike: the
 * option at its price or the freight entered, or freight alone without an
 * option (a custom shipping method on Medusa's order, taxed at the address's
 * default rate as the order taxes it); none when the quote has no freight
 * (docs/ARCHITECTURE.md, "Money").
 */
export function quoteShippingMethod(quote: QuoteShippingMethodFields) {
  if (quote.shipping_amount == null) return null
  return {
    name: quote.shipping_method_name ?? "Shipping",
    shipping_option_id: quote.shipping_option_id ?? null,
    amount: Number(quote.shipping_amount),
  }
}
