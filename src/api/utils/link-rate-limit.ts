import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Failed quote-link lookups per client IP: after LIMIT failures within WINDOW,
 * every link request from that IP gets a 429 until the window ends. Counts live
 * in Medusa's cache module (in memory, or Redis when configured), so they are
 * shared between server instances.
 */
const windowSeconds = () => Number(process.env.PORTAL_LINK_FAILURE_WINDOW_SECONDS || 15 * 60)
const limit = () => Number(process.env.PORTAL_LINK_FAILURE_LIMIT || 20)

const keyFor = (ip: string) => `portal:quote-link-failures:${ip}`

export async function isLinkLookupBlocked(scope: MedusaContainer, ip: string): Promise<boolean> {
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  const failures = (await cache.get<number>(keyFor(ip))) ?? 0
  return failures >= limit()
}

export async function recordFailedLinkLookup(scope: MedusaContainer, ip: string): Promise<void> {
  const cache = scope.resolve<ICacheService>(Modules.CACHE)
  const failures = (await cache.get<number>(keyFor(ip))) ?? 0
  await cache.set(keyFor(ip), failures + 1, windowSeconds())
}
