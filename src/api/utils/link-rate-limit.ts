import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"

/**
 * Quote-link lookups per client address: each lookup takes one unit of the
 * address's budget before it runs, and gives it back when the token was good,
 * so only failed lookups stay counted. After LIMIT failures within WINDOW,
 * every link request from that address gets a 429 until the window ends.
 * Taking the unit first is what makes the limit hold under concurrency: of
 * 100 simultaneous bad tokens at most LIMIT are looked up. The counter is a
 * row of ours in PostgreSQL, incremented in one statement, so every server
 * instance shares it (docs/ARCHITECTURE.md, "Security rules").
 */
const windowSeconds = () => Number(process.env.PORTAL_LINK_FAILURE_WINDOW_SECONDS || 15 * 60)
const limit = () => Number(process.env.PORTAL_LINK_FAILURE_LIMIT || 20)

const keyFor = (address: string) => `quote-link-failures:${address}`

/** Takes one lookup from `address`'s budget; false when it has none left. */
export async function reserveLinkLookup(scope: MedusaContainer, address: string): Promise<boolean> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  return (await portal.hitRateLimit(keyFor(address), windowSeconds())) <= limit()
}

/** Gives back the unit of a lookup that found a live link. */
export async function refundLinkLookup(scope: MedusaContainer, address: string): Promise<void> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  await portal.refundRateLimit(keyFor(address))
}
