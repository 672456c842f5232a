import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createStockLocationsWorkflow,
  linkProductsToSalesChannelWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { PORTAL_MODULE } from "../../modules/portal"
import type PortalModuleService from "../../modules/portal/service"
import { ACCOUNTS_MODULE } from "../../modules/accounts"
import type AccountsModuleService from "../../modules/accounts/service"
import {
  notificationRecipients,
  STAFF_ALERT_KEYS,
  type StaffAlertTarget,
} from "../../shared/portal-settings"
import { updateCompanyWorkflow, updatePortalSettingsWorkflow } from "../../workflows/portal"
import { ensureDefaultShippingProfile } from "../shared/shipping"
import { DEMO_PRODUCTS, missingProducts, productFields } from "./catalog"
import { DEMO_SHIPPING } from "./shipping"
import type { DemoStore } from "./store"

/** What the demo turns on in the portal settings (docs/ARCHITECTURE.md, "Settings"). */
export const DEMO_PORTAL_SETTINGS = {
  stock_display: "indication" as const,
  show_incoming: true,
  /** The blanket discount: a Medusa automatic promotion for every portal company's group. */
  portal_discount_percent: 3,
  /** The README's cart flows, Request a quote and Place order, work without visiting the settings. */
  allow_quote_requests: true,
  allow_place_order: true,
  /** Documents (a feature toggle): the seed shares a framework agreement and a picture. */
  documents_enabled: true,
  /** Work requests (a feature toggle): the seed submits a job and a support ticket. */
  work_requests_enabled: true,
  /** Conversations (a feature toggle): the seed starts one that the buyer answered. */
  conversations_enabled: true,
}

/** Acme Industrial's own discount (`portal_company.discount_percent`), on top of the blanket one. */
export const DEMO_COMPANY_DISCOUNT_PERCENT = 5

type Stock = { stocked: number; incoming?: number }
type PortalVariant = {
  value: string
  sku: string
  /** Major units (USD). */
  price: number
  /** Price breaks: the unit price from `min_quantity` up (tiered prices of the variant's price set). */
  breaks?: Array<{ min_quantity: number; price: number }>
  /** At the demo warehouse; `low` is set from the settings' low_stock_threshold. */
  stock: Stock | "low"
}

/**
 * Goods sold only through the portal, with managed inventory so the catalog has
 * stock to show. Kept out of the demo quotes: an out-of-stock variant in a quote
 * would make its acceptance fail Medusa's stock check.
 */
export const DEMO_PORTAL_PRODUCTS: Array<{
  title: string
  handle: string
  description: string
  option: string
  variants: PortalVariant[]
}> = [
  {
    title: "Type II Hard Hat",
    handle: "type-ii-hard-hat",
    description: "ANSI Z89.1 Type II, Class E hard hat with a 6-point ratchet suspension.",
    option: "Color",
    variants: [
      {
        value: "White",
        sku: "HAT-WHT",
        price: 24,
        breaks: [
          { min_quantity: 25, price: 21 },
          { min_quantity: 100, price: 19 },
        ],
        stock: { stocked: 300 },
      },
      { value: "Hi-Vis Yellow", sku: "HAT-YLW", price: 24, stock: "low" },
    ],
  },
  {
    title: "Stretch Wrap Film (4 rolls)",
    handle: "stretch-wrap-film",
    description: "80 gauge cast stretch film, 1,500 ft rolls, for hand wrapping pallets.",
    option: "Width",
    variants: [
      { value: "18 in", sku: "WRAP-18", price: 64, stock: { stocked: 0 } },
      {
        value: "20 in",
        sku: "WRAP-20",
        price: 69,
        breaks: [
          { min_quantity: 10, price: 62 },
          { min_quantity: 50, price: 57 },
        ],
        // Incoming: the demo purchase order's 200 (procurement.ts), once it is sent.
        stock: { stocked: 40 },
      },
    ],
  },
]

const LOW_SKU = "HAT-YLW"
const OUT_SKU = "WRAP-18"
const INCOMING_SKU = "WRAP-20"

export type DemoPortalCatalog = {
  products: string[]
  blanket_discount_percent: number
  company_discount: { company: string; percent: number }
  stock_display: string
  show_incoming: boolean
  low_stock_threshold: number
  price_breaks: Array<{ variant: string; tiers: string }>
  low: { variant: string; available: number }
  out: { variant: string }
  incoming: { variant: string; available: number; incoming: number }
}

/**
 * The demo's portal catalog, through the plugin's workflows so Medusa's automatic promotions
 * follow; a re-run changes only what differs (docs/ARCHITECTURE.md, "Demo").
 */
export async function seedPortalCatalog(
  container: MedusaContainer,
  context: {
    store: DemoStore
    portal_sales_channel_id: string
    company: { id: string; name: string }
    actor_id: string
  }
): Promise<DemoPortalCatalog> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const portal: PortalModuleService = container.resolve(PORTAL_MODULE)
  const channelId = context.portal_sales_channel_id

  // Settings first: the low variant's stock follows the threshold.
  const before = await portal.getSettings()
  const settingsChanges = Object.fromEntries(
    Object.entries(DEMO_PORTAL_SETTINGS).filter(
      ([key, value]) => before[key as keyof typeof before] !== value
    )
  )
  // The demo admin gets every staff alert nobody else gets, so the demo's inbox
  // shows them too (a supplier's bill, a quote accepted, …).
  const recipients = notificationRecipients(before.notification_recipients)
  const unalerted = STAFF_ALERT_KEYS.filter(
    (key) => !recipients[key].user_ids.length && !recipients[key].staff_group_ids.length
  )
  if (Object.keys(settingsChanges).length || unalerted.length) {
    await updatePortalSettingsWorkflow(container).run({
      input: {
        ...settingsChanges,
        ...(unalerted.length
          ? {
              notification_recipients: Object.fromEntries(
                STAFF_ALERT_KEYS.map((key): [string, StaffAlertTarget] => [
                  key,
                  unalerted.includes(key)
                    ? { ...recipients[key], user_ids: [context.actor_id] }
                    : recipients[key],
                ])
              ) as typeof recipients,
            }
          : {}),
      },
    })
  }
  const settings = await portal.getSettings()
  const threshold = settings.low_stock_threshold
  const lowStock = Math.max(0, Math.min(threshold, 4))

  const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const [company] = await accounts.listPortalCompanies(
    { id: context.company.id },
    { select: ["id", "discount_percent"], take: 1 }
  )
  if (Number(company?.discount_percent ?? 0) !== DEMO_COMPANY_DISCOUNT_PERCENT) {
    await updateCompanyWorkflow(container).run({
      input: {
        id: context.company.id,
        actor_id: context.actor_id,
        discount_percent: DEMO_COMPANY_DISCOUNT_PERCENT,
      },
    })
  }

  // The portal-only products, created with their stock managed and their price breaks.
  const handles = DEMO_PORTAL_PRODUCTS.map((product) => product.handle)
  const missing = await missingProducts(container, DEMO_PORTAL_PRODUCTS)
  if (missing.length) {
    const shippingProfileId = await ensureDefaultShippingProfile(container)
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          ...productFields(product),
          shipping_profile_id: shippingProfileId,
          sales_channels: [{ id: channelId }],
          variants: product.variants.map((variant) => ({
            title: variant.value,
            sku: variant.sku,
            manage_inventory: true,
            options: { [product.option]: variant.value },
            prices: [
              { amount: variant.price, currency_code: context.store.currency_code },
              ...(variant.breaks ?? []).map((tier) => ({
                amount: tier.price,
                min_quantity: tier.min_quantity,
                currency_code: context.store.currency_code,
              })),
            ],
          })),
        })),
      },
    })
  }

  // Every demo product in the portal channel (Medusa's product ↔ sales channel link).
  const allHandles = [...DEMO_PRODUCTS.map((product) => product.handle), ...handles]
  const { data: inChannel } = await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "sales_channels.id"],
    filters: { handle: allHandles },
  })
  const notLinked = inChannel.filter(
    (product) => !(product.sales_channels ?? []).some((channel) => channel?.id === channelId)
  )
  if (notLinked.length) {
    await linkProductsToSalesChannelWorkflow(container).run({
      input: { id: channelId, add: notLinked.map((product) => product.id) },
    })
  }

  // The demo warehouse serves the portal channel too (stock is counted at its locations).
  const locationId = await ensureWarehouse(container, context.store.sales_channel_id, channelId)

  // Stock levels at that warehouse, for the levels not there yet.
  const stockBySku = new Map(
    DEMO_PORTAL_PRODUCTS.flatMap((product) =>
      product.variants.map((variant): [string, Stock] => [
        variant.sku,
        variant.stock === "low" ? { stocked: lowStock } : variant.stock,
      ])
    )
  )
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "title", "product.title", "inventory_items.inventory_item_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const itemBySku = new Map(
    variants.flatMap((variant) => {
      const item = variant.inventory_items?.[0]?.inventory_item_id
      return item && variant.sku ? [[variant.sku, item] as const] : []
    })
  )
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({
    inventory_item_id: [...itemBySku.values()],
    location_id: locationId,
  })
  const levelByItem = new Map(levels.map((level) => [level.inventory_item_id, level]))
  const newLevels = [...itemBySku].flatMap(([sku, inventory_item_id]) => {
    if (levelByItem.has(inventory_item_id)) return []
    const stock = stockBySku.get(sku)!
    return [
      {
        inventory_item_id,
        location_id: locationId,
        stocked_quantity: stock.stocked,
        incoming_quantity: stock.incoming ?? 0,
      },
    ]
  })
  if (newLevels.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: newLevels },
    })
  }
  logger.info(
    `Demo portal catalog: ${inChannel.length} products in the portal channel ` +
      `(${missing.length} created, ${notLinked.length} linked), ${newLevels.length} stock levels set`
  )

  // What the banner prints, read back from what is stored.
  const current = new Map(
    (
      await inventory.listInventoryLevels({
        inventory_item_id: [...itemBySku.values()],
        location_id: locationId,
      })
    ).map((level) => [level.inventory_item_id, level])
  )
  const label = (sku: string) => {
    const variant = variants.find((v) => v.sku === sku)
    return variant ? `${variant.product?.title ?? ""} / ${variant.title} (${sku})` : sku
  }
  const level = (sku: string) => current.get(itemBySku.get(sku) ?? "")
  const available = (sku: string) => {
    const l = level(sku)
    return l ? Number(l.stocked_quantity) - Number(l.reserved_quantity) : 0
  }
  const money = (amount: number) => `$${amount}`

  return {
    products: inChannel.map((product) => product.title),
    blanket_discount_percent: settings.portal_discount_percent,
    company_discount: { company: context.company.name, percent: DEMO_COMPANY_DISCOUNT_PERCENT },
    stock_display: settings.stock_display,
    show_incoming: settings.show_incoming,
    low_stock_threshold: threshold,
    price_breaks: DEMO_PORTAL_PRODUCTS.flatMap((product) =>
      product.variants.flatMap((variant) =>
        variant.breaks
          ? [
              {
                variant: label(variant.sku),
                tiers: [
                  `1+ ${money(variant.price)}`,
                  ...variant.breaks.map((t) => `${t.min_quantity}+ ${money(t.price)}`),
                ].join(", "),
              },
            ]
          : []
      )
    ),
    low: { variant: label(LOW_SKU), available: available(LOW_SKU) },
    out: { variant: label(OUT_SKU) },
    incoming: {
      variant: label(INCOMING_SKU),
      available: available(INCOMING_SKU),
      incoming: Number(level(INCOMING_SKU)?.incoming_quantity ?? 0),
    },
  }
}

/** The demo warehouse (seedShippingAndTax made it for the store's channel), linked to the portal channel. */
async function ensureWarehouse(
  container: MedusaContainer,
  storeChannelId: string,
  portalChannelId: string
): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id"],
    filters: { name: DEMO_SHIPPING.warehouse },
  })
  let location = data[0] as { id: string; sales_channels?: ({ id: string } | null)[] } | undefined
  if (!location) {
    const {
      result: [created],
    } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: DEMO_SHIPPING.warehouse }] },
    })
    location = { id: created.id, sales_channels: [] }
  }
  const linked = new Set((location.sales_channels ?? []).flatMap((c) => (c ? [c.id] : [])))
  const add = [storeChannelId, portalChannelId].filter((id) => !linked.has(id))
  if (add.length) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add },
    })
  }
  return location.id
}
