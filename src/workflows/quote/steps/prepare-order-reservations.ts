import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import type { ReserveVariantInventoryStepInput } from "@medusajs/medusa/core-flows"
import type { QuoteOrderContext } from "./load-quote-order-context"

type OrderLine = { id: string; variant_id?: string | null; quantity: unknown }

/**
 * The reservations checkout would make for a quote's order, from its created lines and the
 * variants' stock read before it was created: for each inventory item of a line whose
 * variant manages inventory, the channel's locations, those with enough stock first. A line
 * with no stock level at any of them is refused unless its variant allows backorders, as
 * checkout refuses it; the Inventory module refuses a location short of stock
 * (docs/ARCHITECTURE.md, "Accept core").
 */
export const prepareOrderReservationsStep = createStep(
  "portal-prepare-order-reservations",
  async ({ items, stock }: { items: OrderLine[]; stock: QuoteOrderContext }) => {
    // Without a sales channel the order has no locations to reserve at (as checkout's order).
    const channelLocations = stock.location_ids
    if (!channelLocations) return new StepResponse<ReserveVariantInventoryStepInput>({ items: [] })
    const variants = new Map(stock.variants.map((variant) => [variant.id, variant]))
    const reservations: ReserveVariantInventoryStepInput["items"] = []
    for (const line of items) {
      const variant = line.variant_id ? variants.get(line.variant_id) : undefined
      if (!variant?.manage_inventory) continue
      for (const inventoryItem of variant.inventory_items ?? []) {
        if (!inventoryItem) continue
        const needed = Number(inventoryItem.required_quantity) * Number(line.quantity)
        const available = new Map(
          (inventoryItem.inventory?.location_levels ?? []).map((level) => [
            level.location_id,
            Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
          ])
        )
        const lacksStock = (locationId: string) => Number(available.get(locationId)! < needed)
        const locationIds = channelLocations
          .filter((locationId) => available.has(locationId))
          .sort((a, b) => lacksStock(a) - lacksStock(b))
        if (!locationIds.length) {
          if (variant.allow_backorder) continue
          const item = variant.product?.title ?? variant.title
          throw refusal(
            MedusaError.Types.NOT_ALLOWED,
            "quote.not_stocked",
            item ? { item } : { context: "unnamed" }
          )
        }
        reservations.push({
          id: line.id,
          inventory_item_id: inventoryItem.inventory_item_id,
          required_quantity: Number(inventoryItem.required_quantity),
          allow_backorder: variant.allow_backorder,
          quantity: line.quantity as number,
          location_ids: locationIds,
        })
      }
    }
    return new StepResponse<ReserveVariantInventoryStepInput>({ items: reservations })
  }
)
