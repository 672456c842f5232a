import { MedusaError } from "@medusajs/framework/utils"
import type { QuoteReferences } from "./steps/resolve-quote-references"

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
    Object.assign(fields, {
      shipping_option_id: null,
      shipping_method_name: null,
      shipping_amount: null,
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
