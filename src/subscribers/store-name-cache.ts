import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forgetStoreName } from "../api/utils/quote-view"

/**
 * The buyer's pages keep the store's name in Medusa's cache
 * (`fetchBuyerPageContext`); a change to the store forgets it.
 */
export default async function storeNameCache({ container }: SubscriberArgs<{ id: string }>) {
  await forgetStoreName(container)
}

export const config: SubscriberConfig = {
  event: ["store.created", "store.updated", "store.deleted"],
}
