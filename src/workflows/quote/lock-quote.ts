import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { loadQuote } from "./load-quote"
import { assertBuyerCanActStep } from "./steps/validate-quote"

/** How long a buyer's accept or sign may wait for the quote, and how long it may hold it. */
const LOCK_WAIT_SECONDS = 30
const LOCK_TTL_SECONDS = 120

/**
 * The start of every buyer decision (accept, sign): take the quote's lock so
 * concurrent requests queue, load the quote fresh under it, and check that
 * the buyer may still act and chose only this quote's optional items. The
 * caller releases the lock with `releaseLockStep({ key: lockKey })` at its end.
 */
type BuyerDecision = { quote_id: string; selected_item_ids: string[] }

export function lockQuoteForBuyer(input: BuyerDecision | WorkflowData<BuyerDecision>) {
  const lockKey = transform({ input }, ({ input }) => `portal-quote:${input.quote_id}`)
  acquireLockStep({ key: lockKey, timeout: LOCK_WAIT_SECONDS, ttl: LOCK_TTL_SECONDS })
  const quote = loadQuote(input.quote_id)
  assertBuyerCanActStep(
    transform({ quote, input }, ({ quote, input }) => ({
      quote,
      selected_item_ids: input.selected_item_ids,
    }))
  )
  return { lockKey, quote }
}
