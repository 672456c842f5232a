import type { MedusaContainer } from "@medusajs/framework/types"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"

/**
 * Failed token lookups per client address, in a row of ours in PostgreSQL so every server
 * instance shares one budget. Invitations reserve a unit before the lookup, quote links count
 * after it; either way at most LIMIT of many simultaneous bad tokens get an answer other than
 * 429 (docs/ARCHITECTURE.md, "Routes and guards", "Security rules").
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
