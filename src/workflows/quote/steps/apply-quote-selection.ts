import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

type SelectionInput = {
  items: Array<{ id: string; is_optional: boolean; is_selected: boolean } | null>
  selected_item_ids: string[]
}

/** Stores the buyer's choice of optional items; compensation restores the previous choice. */
export const applyQuoteSelectionStep = createStep(
  "portal-apply-quote-selection",
  async ({ items, selected_item_ids }: SelectionInput, { container }) => {
    const selected = new Set(selected_item_ids)
    const optional = items.filter((item): item is NonNullable<typeof item> => !!item?.is_optional)
    const changes = optional
      .filter((item) => item.is_selected !== selected.has(item.id))
      .map((item) => ({ id: item.id, is_selected: selected.has(item.id) }))
    if (changes.length) {
      const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
      await quotes.updatePortalQuoteItems(changes)
    }
    return new StepResponse(
      { changed: changes.length > 0 },
      changes.map((change) => ({ id: change.id, is_selected: !change.is_selected }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuoteItems(previous)
  }
)
