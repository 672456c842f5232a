import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** How long the store's name stays cached when Medusa announces no change. */
const STORE_NAME_TTL_SECONDS = 5 * 60

/** The cache key of the store's name, per settings row (a new database starts afresh). */
const storeNameKey = (settingsId: string) => `portal:store-name:${settingsId}`

/** Forgets the cached store name (src/subscribers/store-name-cache.ts, on Medusa's store events). */
export async function forgetStoreName(scope: MedusaContainer) {
  await scope.resolve(Modules.CACHE).invalidate(storeNameKey("*"))
}

/** The store's name (Medusa's Store module), kept in Medusa's cache until the store changes. */
export async function storeName(
  scope: MedusaContainer,
  settingsId: string
): Promise<string | null> {
  const cache = scope.resolve(Modules.CACHE)
  const cached = await cache.get<{ name: string | null }>(storeNameKey(settingsId))
  if (cached) return cached.name
  const [store] = await scope.resolve(Modules.STORE).listStores({}, { select: ["name"], take: 1 })
  const name = store?.name ?? null
  await cache.set(storeNameKey(settingsId), { name }, STORE_NAME_TTL_SECONDS)
  return name
}
