import { z } from "@medusajs/framework/zod"
import type {
  StoreAcceptPortalQuoteBody,
  StoreCreatePortalQuoteLinkMessageBody,
  StoreDeclinePortalQuoteBody,
  StoreSelectPortalQuoteItemsBody,
  StoreSignPortalQuoteLinkBody,
} from "../../../../shared/http"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

const itemIds = z.array(z.string().trim().min(1).max(100)).max(500)

/** Another of the quote customer's own addresses, when the buyer ships elsewhere. */
const shippingAddressId = z.string().trim().min(1).max(100).optional()

export const StoreQuoteSelection = z
  .object({ selected_item_ids: itemIds, shipping_address_id: shippingAddressId })
  .strict()
export type StoreQuoteSelectionType = z.infer<typeof StoreQuoteSelection>

export const StoreAcceptQuote = z
  .object({ selected_item_ids: itemIds, shipping_address_id: shippingAddressId })
  .strict()
export type StoreAcceptQuoteType = z.infer<typeof StoreAcceptQuote>

export const StoreDeclineQuote = z
  .object({
    reason: z
      .string({ error: "Tell us why you decline: reason is required" })
      .trim()
      .min(1, "Tell us why you decline: reason is required")
      .max(2000, "Keep the reason under 2,000 characters"),
  })
  .strict()
export type StoreDeclineQuoteType = z.infer<typeof StoreDeclineQuote>

export const StoreQuoteMessage = z
  .object({
    body: z.string().trim().min(1, "Write a message first").max(5000),
    author_name: z.string().trim().max(200).optional(),
  })
  .strict()
export type StoreQuoteMessageType = z.infer<typeof StoreQuoteMessage>

export const StoreSignQuote = z
  .object({
    selected_item_ids: itemIds,
    shipping_address_id: shippingAddressId,
    signer_name: z.string().trim().min(2, "Type your full name").max(200),
    signer_email: z.string().trim().toLowerCase().email("Enter a valid email address").max(320),
    // A PNG data URL of at most 1 MB: about 1.4 million base64 characters.
    signature: z.string().min(1, "Draw your signature").max(1_500_000),
    consent: z.literal(true, { error: "Tick the consent box to sign" }),
  })
  .strict()
export type StoreSignQuoteType = z.infer<typeof StoreSignQuote>

// The contract's request types (src/shared/http/quotes.ts, quote-links.ts) and these validators agree.
export type StoreQuoteLinkContract = [
  Assert<AgreesWith<StoreSelectPortalQuoteItemsBody, typeof StoreQuoteSelection>>,
  Assert<AgreesWith<StoreAcceptPortalQuoteBody, typeof StoreAcceptQuote>>,
  Assert<AgreesWith<StoreDeclinePortalQuoteBody, typeof StoreDeclineQuote>>,
  Assert<AgreesWith<StoreCreatePortalQuoteLinkMessageBody, typeof StoreQuoteMessage>>,
  Assert<AgreesWith<StoreSignPortalQuoteLinkBody, typeof StoreSignQuote>>,
]
