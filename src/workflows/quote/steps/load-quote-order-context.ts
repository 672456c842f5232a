import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type LocationLevel = {
  location_id: string
  stocked_quantity: number | null
  reserved_quantity: number | null
}

/** What an order line copies of its variant, and what its reservation needs. */
export type OrderVariant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  product: {
    id: string
    title: string
    subtitle: string | null
    description: string | null
    handle: string | null
    thumbnail: string | null
    discountable: boolean
    is_giftcard: boolean
    type: { id: string; value: string } | null
    collection: { title: string } | null
    shipping_profile: { id: string } | null
  } | null
  inventory_items: Array<{
    inventory_item_id: string
    required_quantity: number
    inventory: { requires_shipping: boolean; location_levels: LocationLevel[] | null } | null
  } | null> | null
}

export type QuoteOrderContext = {
  variants: OrderVariant[]
  /** The quote's sales channel, else the store's default, as checkout's order would have. */
  sales_channel_id: string | null
  /** The quote's region, else the store's default. */
  region_id: string | null
  /** The stock locations of that channel, where the reservations may go; null without a channel. */
  location_ids: string[] | null
}

const none = { data: [] as never[] }

/**
 * What a quote's order needs besides the quote, read side by side: the product and variant
 * fields an order line keeps (title, SKU, handle, whether it ships), their stock at the sales
 * channel's locations for the reservations, and the store's default channel and region where
 * the quote names none, as Medusa's own order creation would pick them (docs/ARCHITECTURE.md,
 * "Accept core").
 */
export const loadQuoteOrderContextStep = createStep(
  "portal-load-quote-order-context",
  async (
    input: { variant_ids: string[]; sales_channel_id?: string | null; region_id?: string | null },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const store =
      input.sales_channel_id && input.region_id
        ? undefined
        : (
            await query.graph({
              entity: "store",
              fields: ["id", "default_sales_channel_id", "default_region_id"],
            })
          ).data[0]
    const salesChannelId = input.sales_channel_id ?? store?.default_sales_channel_id ?? null
    const [{ data: variants }, { data: channels }] = await Promise.all([
      input.variant_ids.length
        ? query.graph({
            entity: "product_variant",
            fields: VARIANT_FIELDS,
            filters: { id: input.variant_ids },
          })
        : Promise.resolve(none),
      salesChannelId
        ? query.graph({
            entity: "sales_channel",
            fields: ["id", "stock_locations.id"],
            filters: { id: salesChannelId },
          })
        : Promise.resolve(none),
    ])
    const channel = channels[0] as { stock_locations?: Array<{ id: string } | null> | null }
    return new StepResponse<QuoteOrderContext>({
      variants: variants as unknown as OrderVariant[],
      sales_channel_id: salesChannelId,
      region_id: input.region_id ?? store?.default_region_id ?? null,
      location_ids: channel
        ? (channel.stock_locations ?? [])
            .filter((location) => !!location)
            .map((location) => location!.id)
        : null,
    })
  }
)

const VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "thumbnail",
  "manage_inventory",
  "allow_backorder",
  "product.id",
  "product.title",
  "product.subtitle",
  "product.description",
  "product.handle",
  "product.thumbnail",
  "product.discountable",
  "product.is_giftcard",
  "product.type.id",
  "product.type.value",
  "product.collection.title",
  "product.shipping_profile.id",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.requires_shipping",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
]
