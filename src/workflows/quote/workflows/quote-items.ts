import { releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadQuote } from "../utils/load-quote"
import { lockQuote } from "../utils/lock-quote"
import { priceQuote } from "../utils/price-quote"
import { CreateQuoteItemData } from "../steps/create-quote"
import {
  createQuoteItemsStep,
  removeQuoteItemsStep,
  UpdateQuoteItemData,
  updateQuoteItemsStep,
} from "../steps/quote-items"
import { recordQuoteEventStep } from "../../shared/steps/record-quote-event"
import { resolveQuoteReferencesStep } from "../steps/resolve-quote-references"
import { assertQuoteEditableStep, assertQuoteItemsBelongStep } from "../steps/validate-quote"

const itemsChangedEvent = (quoteId: string, actorId: string | undefined, change: string) => [
  {
    quote_id: quoteId,
    type: "updated" as const,
    actor_type: "staff" as const,
    actor_id: actorId,
    data: { items: change },
  },
]

export const addQuoteItemsWorkflow = createWorkflow(
  "portal-add-quote-items",
  (input: { quote_id: string; items: CreateQuoteItemData[]; actor_id?: string }) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
    assertQuoteEditableStep({ quote })
    const references = resolveQuoteReferencesStep(
      transform({ input }, ({ input }) => ({
        variant_ids: input.items.flatMap((item) => (item.variant_id ? [item.variant_id] : [])),
      }))
    )
    const items = createQuoteItemsStep(
      transform({ input, quote, references }, ({ input, quote, references }) => {
        const nextPosition = Math.max(-1, ...(quote.items ?? []).map((i) => i?.position ?? 0)) + 1
        return {
          quote_id: input.quote_id,
          items: input.items.map((item, index) => {
            const variant = item.variant_id ? references.variants[item.variant_id] : undefined
            return {
              ...item,
              product_id: variant?.product_id ?? null,
              sku: variant?.sku ?? null,
              thumbnail: variant?.thumbnail ?? null,
              product_type_id: variant?.product_type_id ?? null,
              is_selected: item.is_optional ? (item.is_selected ?? false) : true,
              position: item.position ?? nextPosition + index,
            }
          }),
        }
      })
    )
    recordQuoteEventStep(
      transform({ input }, ({ input }) =>
        itemsChangedEvent(input.quote_id, input.actor_id, "added")
      )
    )
    priceQuote(loadQuote(input.quote_id, "portal-load-repriced-quote"))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(items)
  }
)

export const updateQuoteItemWorkflow = createWorkflow(
  "portal-update-quote-item",
  (input: { quote_id: string; item: UpdateQuoteItemData; actor_id?: string }) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
    assertQuoteEditableStep({ quote })
    assertQuoteItemsBelongStep(
      transform({ input, quote }, ({ input, quote }) => ({ quote, item_ids: [input.item.id] }))
    )
    const updated = updateQuoteItemsStep(
      transform({ input }, ({ input }) => {
        const item = { ...input.item }
        // A required item is always part of the quote.
        if (item.is_optional === false) item.is_selected = true
        return [item]
      })
    )
    recordQuoteEventStep(
      transform({ input }, ({ input }) =>
        itemsChangedEvent(input.quote_id, input.actor_id, "updated")
      )
    )
    priceQuote(loadQuote(input.quote_id, "portal-load-repriced-quote"))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(updated)
  }
)

export const removeQuoteItemWorkflow = createWorkflow(
  "portal-remove-quote-item",
  (input: { quote_id: string; item_id: string; actor_id?: string }) => {
    const { lockKey, quote } = lockQuote(input.quote_id)
    assertQuoteEditableStep({ quote })
    assertQuoteItemsBelongStep(
      transform({ input, quote }, ({ input, quote }) => ({ quote, item_ids: [input.item_id] }))
    )
    removeQuoteItemsStep(transform({ input }, ({ input }) => [input.item_id]))
    recordQuoteEventStep(
      transform({ input }, ({ input }) =>
        itemsChangedEvent(input.quote_id, input.actor_id, "removed")
      )
    )
    priceQuote(loadQuote(input.quote_id, "portal-load-repriced-quote"))
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(void 0)
  }
)
