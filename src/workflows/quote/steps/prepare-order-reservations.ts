import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReserveVariantInventoryStepInput } from "@medusajs/medusa/core-flows"

type LocationLevel = {
  location_id: string
  stocked_quantity: number | null
  reserved_quantity: number | null
}

type OrderForReservation = {
  id: string
  sales_channel_id: string | null
  items: Array<{
    id: string
    quantity: number
    variant: {
      manage_inventory: boolean
      allow_backorder: boolean
      inventory_items: Array<{
        inventory_item_id: string
        required_quantity: number
        inventory: { location_levels: LocationLevel[] | null } | null
      } | null> | null
    } | null
  } | null> | null
}

/**
 * The reservations checkout would make for a quote's order; Medusa's own helper is not
 * exported, so this follows it (docs/ARCHITECTURE.md, "Accept core").
 */
export const prepareOrderReservationsStep = createStep(
  "portal-prepare-order-reservations",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: [
        "id",
        "sales_channel_id",
        // A line's quantity lives on its order item: `items.quantity` alone comes back empty.
        "items.*",
        "items.variant.manage_inventory",
        "items.variant.allow_backorder",
        "items.variant.inventory_items.inventory_item_id",
        "items.variant.inventory_items.required_quantity",
        "items.variant.inventory_items.inventory.location_levels.location_id",
        "items.variant.inventory_items.inventory.location_levels.stocked_quantity",
        "items.variant.inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: order_id },
    })) as { data: OrderForReservation[] }

    const lines = (order?.items ?? []).filter((item) => !!item?.variant?.manage_inventory)
    if (!lines.length || !order.sales_channel_id) {
      return new StepResponse<ReserveVariantInventoryStepInput>({ items: [] })
    }

    const {
      data: [salesChannel],
    } = (await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: order.sales_channel_id },
    })) as { data: Array<{ stock_locations: Array<{ id: string } | null> | null }> }
    const channelLocationIds = (salesChannel?.stock_locations ?? [])
      .filter((location) => !!location)
      .map((location) => location!.id)

    const items: ReserveVariantInventoryStepInput["items"] = []
    for (const line of lines) {
      const variant = line!.variant!
      for (const inventoryItem of variant.inventory_items ?? []) {
        if (!inventoryItem) continue
        const needed = Number(inventoryItem.required_quantity) * Number(line!.quantity)
        const levels = new Map(
          (inventoryItem.inventory?.location_levels ?? []).map((level) => [
            level.location_id,
            Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0),
          ])
        )
        const lacksStock = (locationId: string) => Number(levels.get(locationId)! < needed)
        const locationIds = channelLocationIds
          .filter((locationId) => levels.has(locationId))
          .sort((a, b) => lacksStock(a) - lacksStock(b))
        if (!locationIds.length) continue
        items.push({
          id: line!.id,
          inventory_item_id: inventoryItem.inventory_item_id,
          required_quantity: Number(inventoryItem.required_quantity),
          allow_backorder: variant.allow_backorder,
          quantity: line!.quantity,
          location_ids: locationIds,
        })
      }
    }
    return new StepResponse<ReserveVariantInventoryStepInput>({ items })
  }
)
