import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { CreateQuoteItemData } from "./create-quote"

export const createQuoteItemsStep = createStep(
  "portal-create-quote-items",
  async (data: { quote_id: string; items: CreateQuoteItemData[] }, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const created = await quotes.createPortalQuoteItems(
      data.items.map((item) => ({ ...item, quote_id: data.quote_id }))
    )
    return new StepResponse(
      created,
      created.map((item) => item.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.deletePortalQuoteItems(ids)
  }
)

export type UpdateQuoteItemData = { id: string } & Partial<CreateQuoteItemData>

export const updateQuoteItemsStep = createStep(
  "portal-update-quote-items",
  async (items: UpdateQuoteItemData[], { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const keys = [...new Set(items.flatMap((item) => Object.keys(item)))]
    const previous = await quotes.listPortalQuoteItems(
      { id: items.map((item) => item.id) },
      { select: keys }
    )
    const updated = await quotes.updatePortalQuoteItems(items)
    return new StepResponse(updated, previous as UpdateQuoteItemData[])
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.updatePortalQuoteItems(previous)
  }
)

export const removeQuoteItemsStep = createStep(
  "portal-remove-quote-items",
  async (ids: string[], { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.softDeletePortalQuoteItems(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    await quotes.restorePortalQuoteItems(ids)
  }
)
