import { z } from "@medusajs/framework/zod"
import { prefixedId } from "../../../utils/validate-params"

/** The caller's portal cart to turn into a quote request, and a note to the merchant. */
export const StoreRequestQuote = z
  .object({
    cart_id: prefixedId("cart"),
    note: z.string().trim().max(5000).nullish(),
  })
  .strict()
export type StoreRequestQuoteType = z.infer<typeof StoreRequestQuote>
