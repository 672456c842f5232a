import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forgetStoreName } from "../workflows/shared/utils/store-name"

/**
 * The buyer's pages keep the store's name in Medusa's cache
 * (`fetchBuyerPageContext`); a change to the store forgets it.
 */
export default async function storeNameCache({ container }: SubscriberArgs<{ id: string }>) {
  await forgetStoreName(container)
}

// The Store module announces its changes as `store.store.<action>` (module name,
// then model); the shorter names are listened to as well in case Medusa renames them.
export const config: SubscriberConfig = {
  event: ["created", "updated", "deleted"].flatMap((action) => [
    `store.store.${action}`,
    `store.${action}`,
  ]),
}
