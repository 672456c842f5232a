import { acquireLockStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { loadQuote } from "./load-quote"
import { assertBuyerCanActStep } from "./steps/validate-quote"

/** How long a change may wait for the quote, and how long it may hold it. */
const LOCK_WAIT_SECONDS = 30
const LOCK_TTL_SECONDS = 120

/**
 * Every change to a quote runs under the quote's lock: staff edits, sends,
 * cancels and link revocations as well as the buyer's selection, accept and
 * sign. Concurrent requests queue, and each loads the quote fresh under the
 * lock, so an edit that arrives while the buyer accepts sees the accepted
 * quote and is refused (docs/ARCHITECTURE.md, "Concurrency"). The caller
 * releases the lock with `releaseLockStep({ key: lockKey })` at its end; a
 * failing workflow releases it through the acquire step's compensation.
 */
export function lockQuote(quoteId: string | WorkflowData<string>, name?: string) {
  const lockKey = transform({ quoteId }, ({ quoteId }) => `portal-quote:${quoteId}`)
  acquireLockStep({ key: lockKey, timeout: LOCK_WAIT_SECONDS, ttl: LOCK_TTL_SECONDS })
  const quote = loadQuote(quoteId as string, name)
  return { lockKey, quote }
}

/**
 * The start of every buyer decision (accept, sign): the quote's lock, then a
 * check that the buyer may still act and chose only this quote's optional items.
 */
type BuyerDecision = { quote_id: string; selected_item_ids: string[] }

export function lockQuoteForBuyer(input: BuyerDecision | WorkflowData<BuyerDecision>) {
  const { lockKey, quote } = lockQuote(input.quote_id)
  assertBuyerCanActStep(
    transform({ quote, input }, ({ quote, input }) => ({
      quote,
      selected_item_ids: input.selected_item_ids,
    }))
  )
  return { lockKey, quote }
}
