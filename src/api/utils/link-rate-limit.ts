import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"

/**
 * Token lookups per client address, one budget per kind of token (quote
 * links, invitations). Invitations: each lookup takes one unit of the
 * address's budget before it runs, and gives it back when the token was good,
 * so only failed lookups stay counted. After LIMIT failures within WINDOW,
 * every request with that kind of token from that address gets a 429 until the window ends.
 * Taking the unit first is what makes the limit hold under concurrency: of
 * 100 simultaneous bad tokens at most LIMIT are looked up. The counter is a
 * row of ours in PostgreSQL, incremented in one statement, so every server
 * instance shares it (docs/ARCHITECTURE.md, "Security rules").
 *
 * Quote links, on the buyer's every request, count failures after the lookup
 * instead: the lookup reads the address's failures in its own statement
 * (`lookUpLink` with `failuresKey`), a good link with failures left is let
 * through without writing anything, and a failed lookup adds one
 * (`countFailedLookup`) and is answered 404 only while its count is within the
 * limit. Each failure gets a distinct count in one statement, so of 100
 * simultaneous bad tokens at most LIMIT are answered 404; a good token is
 * answered only while fewer than LIMIT failures were counted before it.
 */
const windowSeconds = () => Number(process.env.PORTAL_LINK_FAILURE_WINDOW_SECONDS || 15 * 60)
const limit = () => Number(process.env.PORTAL_LINK_FAILURE_LIMIT || 20)

/** Each kind of token has its own budget, so guessing one does not lock out the other. */
export type LookupBudget = "quote-link" | "invitation"

const keyFor = (address: string, budget: LookupBudget) => `${budget}-failures:${address}`

/** The counter of `address`'s failed lookups of `budget`'s kind of token. */
export const failuresKey = (address: string, budget: LookupBudget = "quote-link") =>
  keyFor(address, budget)

/** True while `failures` (read with the lookup) leave the address lookups. */
export const withinBudget = (failures: number) => failures < limit()

/** Counts one failed lookup of `address`; false once the address is past its budget. */
export async function countFailedLookup(
  scope: MedusaContainer,
  address: string,
  budget: LookupBudget = "quote-link"
): Promise<boolean> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  return (await portal.hitRateLimit(keyFor(address, budget), windowSeconds())) <= limit()
}

/** Takes one lookup from `address`'s budget; false when it has none left. */
export async function reserveLinkLookup(
  scope: MedusaContainer,
  address: string,
  budget: LookupBudget = "quote-link"
): Promise<boolean> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  return (await portal.hitRateLimit(keyFor(address, budget), windowSeconds())) <= limit()
}

/** Gives back the unit of a lookup that found a live token. */
export async function refundLinkLookup(
  scope: MedusaContainer,
  address: string,
  budget: LookupBudget = "quote-link"
): Promise<void> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  await portal.refundRateLimit(keyFor(address, budget))
}
