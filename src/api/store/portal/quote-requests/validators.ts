import { z } from "@medusajs/framework/zod"
import type { StoreCreatePortalQuoteRequestBody } from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"
import { prefixedId } from "../../../utils/validate-params"

/** The caller's portal cart to turn into a quote request, and a note to the merchant. */
export const StoreRequestQuote = z
  .object({
    cart_id: prefixedId("cart"),
    note: z.string().trim().max(5000).nullish(),
  })
  .strict()
export type StoreRequestQuoteType = z.infer<typeof StoreRequestQuote>

// The contract's request type (src/shared/http/quotes.ts) and this validator agree.
export type StoreQuoteRequestContract = Assert<
  AgreesWith<StoreCreatePortalQuoteRequestBody, typeof StoreRequestQuote>
>
