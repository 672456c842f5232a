import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer, RemoteQueryFilters } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refusal } from "../../../../lib/refusal"
import { PROCUREMENT_MODULE } from "../../../../modules/procurement"
import type ProcurementModuleService from "../../../../modules/procurement/service"
import { PORTAL_MODULE } from "../../../../modules/portal"
import type PortalModuleService from "../../../../modules/portal/service"
import type { PortalSettingsDTO } from "../../../../modules/portal/service"
import { ACCOUNTS_MODULE } from "../../../../modules/accounts"
import type AccountsModuleService from "../../../../modules/accounts/service"
import {
  catalogStock,
  lineTotals,
  type LineTotals,
  netUnitAmount,
  type PriceBreak,
  priceBreaks,
  type VariantStockLevels,
} from "../../../../shared/catalog"
import type {
  StorePortalCategory,
  StorePortalProduct,
  StorePortalProductListResponse,
} from "../../../../shared/http"
import type { MemberAccess } from "../../../../shared/permissions"
import { portalSalesChannelId } from "../../../../workflows/portal"
import type {
  StoreGetPortalProductParamsType,
  StoreListPortalProductsParamsType,
} from "./validators"
import { PRODUCT_FIELDS } from "./query-config"

type Row = {
  id: string
  title: string
  subtitle: string | null
  handle: string
  description: string | null
  thumbnail: string | null
  categories?: Array<{ id: string; name: string; handle: string } | null> | null
  options?: Array<{ title: string; values?: Array<{ value: string } | null> | null } | null> | null
  variants?: Array<{
    id: string
    title: string | null
    sku: string | null
    manage_inventory: boolean
    options?: Array<{ value: string; option?: { title: string } | null } | null> | null
  } | null> | null
}

type PriceContext = {
  region_id: string
  currency_code: string
  customer_id: string
  customer_group_id: string | null
  sales_channel_id: string | null
  quantity: number
}

type VariantPrice = {
  price: {
    currency_code: string
    amount: number
    original_amount: number
    // amount less Medusa's automatic promotions for the member's company, per unit.
    net_amount: number
    is_discounted: boolean
    tax_inclusive: boolean
  } | null
  price_breaks: PriceBreak[]
  // A line of the asked quantity as the cart will total it (lineTotals).
  line: LineTotals | null
}

/** A page of the portal channel's published products, newest first (docs/ARCHITECTURE.md, "Catalog"). */
export async function listCatalogProducts(
  scope: MedusaContainer,
  access: MemberAccess,
  params: StoreListPortalProductsParamsType
): Promise<StorePortalProductListResponse> {
  const settings = await catalogSettings(scope)
  const filters: RemoteQueryFilters<"product"> = {
    status: "published",
    ...(params.q ? { q: params.q } : {}),
  }
  // Query filters by a category and by the channel (an EXISTS on the link's
  // table in the page's own statement), but the generated filter type has no
  // `categories` or `sales_channels`: Medusa types a nullable to-many
  // relation's filter as never.
  Object.assign(filters, inPortalChannel(settings))
  if (params.category_id) Object.assign(filters, { categories: { id: params.category_id } })
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [context, { data, metadata }, categories] = await Promise.all([
    priceContext(scope, access, settings, params),
    query.graph({
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters,
      pagination: { skip: params.offset, take: params.limit, order: { created_at: "DESC" } },
    }),
    catalogCategories(scope, settings),
  ])
  return {
    products: await present(scope, settings, context, data as unknown as Row[]),
    categories,
    count: metadata?.count ?? data.length,
    offset: params.offset,
    limit: params.limit,
  }
}

/** One product of the portal channel; any other id is the same 404. */
export async function getCatalogProduct(
  scope: MedusaContainer,
  access: MemberAccess,
  id: string,
  params: StoreGetPortalProductParamsType
): Promise<StorePortalProduct> {
  const settings = await catalogSettings(scope)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [context, { data }] = await Promise.all([
    priceContext(scope, access, settings, params),
    query.graph({
      entity: "product",
      fields: PRODUCT_FIELDS,
      filters: { id, status: "published", ...inPortalChannel(settings) },
    }),
  ])
  if (!data.length) throw refusal(MedusaError.Types.NOT_FOUND, "cart.product_not_found")
  const [product] = await present(scope, settings, context, data as unknown as Row[])
  return product
}

/**
 * The settings, read once per request, with the portal's sales channel (made
 * first if the settings have none yet).
 */
async function catalogSettings(scope: MedusaContainer): Promise<PortalSettingsDTO> {
  const portal: PortalModuleService = scope.resolve(PORTAL_MODULE)
  const settings = await portal.getSettings()
  const channelId = settings.portal_sales_channel_id ?? (await portalSalesChannelId(scope))
  return { ...settings, portal_sales_channel_id: channelId }
}

/**
 * The filter that keeps a product query to the portal's sales channel: Query
 * turns a filter on the product ↔ sales channel link into an EXISTS on the
 * link's table (`product_sales_channel`) in the product statement itself, so no
 * list of the channel's product ids is read or sent back (docs/ARCHITECTURE.md,
 * "Catalog"). Only at the top level: nested under another relation's filter,
 * Query drops it.
 */
function inPortalChannel(settings: PortalSettingsDTO): Record<string, unknown> {
  return { sales_channels: { id: settings.portal_sales_channel_id! } }
}

/**
 * Medusa's pricing context for the member: the region asked for, else the store's
 * default, else its only region (400 otherwise), its currency, the quantity, and the active
 * company's customer group only, never the other groups the contact is in.
 */
async function priceContext(
  scope: MedusaContainer,
  access: MemberAccess,
  settings: PortalSettingsDTO,
  params: { region_id?: string; quantity?: number }
): Promise<PriceContext | null> {
  if (settings.hide_prices) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  let regionId = params.region_id
  if (!regionId) {
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id"] })
    regionId = stores[0]?.default_region_id ?? undefined
  }
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    // Without a default region, a store's only region is the one.
    ...(regionId ? { filters: { id: regionId } } : { pagination: { take: 2 } }),
  })
  if (regions.length !== 1) {
    throw params.region_id
      ? refusal(MedusaError.Types.INVALID_DATA, "cart.region_not_found", {
          region: params.region_id,
        })
      : refusal(MedusaError.Types.INVALID_DATA, "cart.no_default_region")
  }
  const accounts: AccountsModuleService = scope.resolve(ACCOUNTS_MODULE)
  const [company] = await accounts.listPortalCompanies(
    { id: access.company_id },
    { select: ["customer_group_id"] }
  )
  return {
    region_id: regions[0].id,
    currency_code: regions[0].currency_code,
    customer_id: access.customer_id,
    customer_group_id: company?.customer_group_id ?? null,
    sales_channel_id: settings.portal_sales_channel_id ?? null,
    quantity: params.quantity ?? 1,
  }
}

async function present(
  scope: MedusaContainer,
  settings: PortalSettingsDTO,
  context: PriceContext | null,
  rows: Row[]
): Promise<StorePortalProduct[]> {
  const variants = rows.flatMap((row) =>
    (row.variants ?? []).flatMap((v) => (v ? [{ ...v, product_id: row.id }] : []))
  )
  const [images, prices, stock] = await Promise.all([
    productImages(
      scope,
      rows.map((row) => row.id)
    ),
    context ? variantPrices(scope, context, variants) : null,
    settings.stock_display === "off"
      ? null
      : variantStock(scope, settings.portal_sales_channel_id!, variants, settings.show_incoming),
  ])
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    handle: row.handle,
    description: row.description,
    thumbnail: row.thumbnail,
    images: images.get(row.id) ?? [],
    categories: (row.categories ?? []).flatMap((category) =>
      category ? [{ id: category.id, name: category.name, handle: category.handle }] : []
    ),
    options: (row.options ?? []).flatMap((option) =>
      option
        ? [
            {
              title: option.title,
              values: (option.values ?? []).flatMap((value) => (value ? [value.value] : [])),
            },
          ]
        : []
    ),
    ...(prices ? {} : { price_on_request: true }),
    variants: (row.variants ?? []).flatMap((variant) => {
      if (!variant) return []
      const levels = stock?.get(variant.id) ?? { available: null, incoming: null }
      const shown =
        stock &&
        catalogStock(
          variant.manage_inventory ? levels : { available: null, incoming: null },
          settings
        )
      return [
        {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          options: (variant.options ?? []).flatMap((option) =>
            option ? [{ option: option.option?.title ?? null, value: option.value }] : []
          ),
          ...(prices
            ? (prices.get(variant.id) ?? { price: null, price_breaks: [], line: null })
            : {}),
          ...(shown ? { stock: shown } : {}),
        },
      ]
    }),
  }))
}

/**
 * The products' images in their order (`rank`, as the product module orders a
 * product's `images`), by product id: read on their own, because asking the
 * page's `query.graph` for them makes MikroORM join them into the paginated
 * product query, which cost more than the rest of the page's products
 * (docs/ARCHITECTURE.md, "Catalog").
 */
async function productImages(
  scope: MedusaContainer,
  productIds: string[]
): Promise<Map<string, Array<{ url: string }>>> {
  const result = new Map<string, Array<{ url: string }>>()
  if (!productIds.length) return result
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_image",
    fields: ["url", "rank", "product_id"],
    filters: { product_id: productIds },
  })
  const sorted = (data as Array<{ url: string; rank: number; product_id: string }>)
    .slice()
    .sort((a, b) => a.rank - b.rank)
  for (const image of sorted) {
    const list = result.get(image.product_id) ?? []
    list.push({ url: image.url })
    result.set(image.product_id, list)
  }
  return result
}

/**
 * Medusa's calculated price of each variant for the context, and its price
 * breaks: the calculated price at every quantity where a tier of its price set
 * (for the currency) starts, as a table. No price or price list ids leave here.
 */
async function variantPrices(
  scope: MedusaContainer,
  context: PriceContext,
  variants: Array<{ id: string; product_id: string }>
): Promise<Map<string, VariantPrice>> {
  const pricing = scope.resolve(Modules.PRICING)
  const { setOf, tiers } = await priceSetsOf(scope, variants, context.currency_code)
  const setIds = [...new Set(setOf.values())]
  const result = new Map<string, VariantPrice>()
  if (!setIds.length) return result
  const base = {
    region_id: context.region_id,
    currency_code: context.currency_code,
    ...(context.customer_group_id
      ? { customer: { groups: [{ id: context.customer_group_id }] } }
      : {}),
  }
  const calculateAt = async (quantity: number) => {
    const calculated = await pricing.calculatePrices(
      { id: setIds },
      // Nested keys are flattened by the pricing module ("customer.groups.id").
      { context: { ...base, quantity } as unknown as Record<string, number> }
    )
    return new Map(
      calculated.map((price) => [price.id, price as unknown as Record<string, unknown>])
    )
  }
  // One batched calculation per quantity for every variant of the page: 1's and
  // the asked quantity's, then each other quantity where a tier starts.
  const first = [...new Set([1, context.quantity])]
  const firstPrices = await Promise.all(first.map(calculateAt))
  const at = new Map(first.map((quantity, i) => [quantity, firstPrices[i]]))
  const more = [
    ...new Set(tiers.map((tier) => tier.min_quantity).filter((min) => !at.has(min))),
  ].filter((min) => min > 1)
  const morePrices = await Promise.all(more.map(calculateAt))
  more.forEach((quantity, i) => at.set(quantity, morePrices[i]))
  const starts = [...at.keys()]
  const tierStarts = new Map<string, Set<number>>()
  for (const tier of tiers) {
    const set = tierStarts.get(tier.price_set_id) ?? new Set<number>([1])
    set.add(tier.min_quantity)
    tierStarts.set(tier.price_set_id, set)
  }
  const productOf = new Map(variants.map((variant) => [variant.id, variant.product_id]))
  const adjustments = await Promise.all(
    starts.map((quantity) => {
      const amounts = new Map<string, number>()
      for (const [variantId, setId] of setOf) {
        const price = at.get(quantity)!.get(setId)
        if (price?.calculated_amount != null)
          amounts.set(variantId, Number(price.calculated_amount))
      }
      return promotionAdjustments(scope, context, quantity, amounts, productOf)
    })
  )
  const netAt = new Map(starts.map((quantity, i) => [quantity, adjustments[i]]))
  for (const [variantId, setId] of setOf) {
    const chosen = at.get(context.quantity)!.get(setId)
    const net = (quantity: number, amount: number) =>
      netUnitAmount(
        amount,
        quantity,
        netAt.get(quantity)?.get(variantId) ?? 0,
        context.currency_code
      )
    const amountAt = [...(tierStarts.get(setId) ?? [1])].flatMap((quantity) => {
      const price = at.get(quantity)?.get(setId)
      if (price?.calculated_amount == null) return []
      const amount = Number(price.calculated_amount)
      return [{ quantity, amount, net_amount: net(quantity, amount) }]
    })
    result.set(variantId, {
      price:
        chosen?.calculated_amount != null
          ? {
              currency_code: context.currency_code,
              amount: Number(chosen.calculated_amount),
              original_amount: Number(chosen.original_amount ?? chosen.calculated_amount),
              net_amount: net(context.quantity, Number(chosen.calculated_amount)),
              is_discounted: Number(chosen.calculated_amount) < Number(chosen.original_amount),
              tax_inclusive: !!chosen.is_calculated_price_tax_inclusive,
            }
          : null,
      price_breaks: priceBreaks(amountAt),
      line:
        chosen?.calculated_amount != null
          ? lineTotals(
              {
                unit_price: Number(chosen.calculated_amount),
                quantity: context.quantity,
                adjustment_total: netAt.get(context.quantity)?.get(variantId) ?? 0,
              },
              context.currency_code
            )
          : null,
    })
  }
  return result
}

/**
 * Each variant's price set, from Medusa's variant ↔ price set link's table
 * (`product_variant_price_set`), and where the prices of those sets start in the
 * currency above 1 (the price breaks; every row starts at 1 anyway), in one SQL
 * read: the pricing module calculates by set id, so nothing else of the link, the
 * sets or the prices is needed, and Query and the pricing module would build an
 * entity per row (docs/ARCHITECTURE.md, "Catalog", SQL on Medusa's tables).
 */
async function priceSetsOf(
  scope: MedusaContainer,
  variants: Array<{ id: string }>,
  currencyCode: string
): Promise<{
  setOf: Map<string, string>
  tiers: Array<{ price_set_id: string; min_quantity: number }>
}> {
  if (!variants.length) return { setOf: new Map(), tiers: [] }
  const db: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await db.raw<{
    rows: Array<{ variant_id: string; price_set_id: string; tier_starts: string[] }>
  }>(
    `SELECT vps.variant_id, vps.price_set_id,
            ARRAY(SELECT DISTINCT p.min_quantity FROM price p
                   WHERE p.price_set_id = vps.price_set_id AND p.currency_code = ?
                     AND p.min_quantity > 1 AND p.deleted_at IS NULL) AS tier_starts
       FROM product_variant_price_set vps
      WHERE vps.variant_id = ANY(?) AND vps.deleted_at IS NULL`,
    [currencyCode, variants.map((variant) => variant.id)]
  )
  return {
    setOf: new Map(rows.map((row) => [row.variant_id, row.price_set_id])),
    tiers: rows.flatMap((row) =>
      row.tier_starts.map((min) => ({ price_set_id: row.price_set_id, min_quantity: Number(min) }))
    ),
  }
}

/**
 * What Medusa's automatic promotions take off a line of `quantity` units of each
 * variant, by variant id: the promotion module's own `computeActions`, with the
 * context a portal cart of the member's company gives it (the setPromotionContext
 * hook: the company's customer group only; docs/ARCHITECTURE.md, "Money"). All
 * the variants go in one call, each as its own line; a percentage off the items
 * is per line, so each line gets what a cart of that line alone would.
 */
async function promotionAdjustments(
  scope: MedusaContainer,
  context: PriceContext,
  quantity: number,
  amounts: Map<string, number>,
  productOf: Map<string, string>
): Promise<Map<string, number>> {
  const result = new Map<string, number>()
  if (!amounts.size) return result
  const promotions = scope.resolve(Modules.PROMOTION)
  const actions = await promotions.computeActions([], {
    currency_code: context.currency_code,
    region_id: context.region_id,
    ...(context.sales_channel_id ? { sales_channel_id: context.sales_channel_id } : {}),
    customer: {
      id: context.customer_id,
      groups: context.customer_group_id ? [{ id: context.customer_group_id }] : [],
    },
    items: [...amounts].map(([variantId, amount]) => ({
      id: variantId,
      variant_id: variantId,
      product_id: productOf.get(variantId),
      product: { id: productOf.get(variantId) },
      quantity,
      subtotal: amount * quantity,
      original_total: amount * quantity,
      is_discountable: true,
    })),
  } as unknown as Parameters<typeof promotions.computeActions>[1])
  for (const action of actions) {
    if (action.action !== "addItemAdjustment") continue
    const { item_id, amount } = action as { item_id: string; amount: unknown }
    result.set(item_id, (result.get(item_id) ?? 0) + Number(amount))
  }
  return result
}

/**
 * Each variant's stock at the portal channel's stock locations, as Medusa counts
 * availability (getVariantAvailability): per inventory item, stocked − reserved
 * (and incoming) summed over those locations and divided by the quantity the
 * variant needs; the variant has the least of its items. With `withExpected`,
 * the earliest date promised on open purchase order lines for the variant at
 * those locations (one query for the page).
 */
async function variantStock(
  scope: MedusaContainer,
  channelId: string,
  variants: Array<{ id: string }>,
  withExpected: boolean
): Promise<Map<string, VariantStockLevels>> {
  const result = new Map<string, VariantStockLevels>()
  if (!variants.length) return result
  const db: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const variantIds = variants.map((variant) => variant.id)
  // The tables of Medusa's sales channel ↔ stock location and variant ↔
  // inventory item links and the inventory module's levels, in one SQL read
  // summed per inventory item at the channel's locations, as
  // getVariantAvailability sums them; the promised dates need the locations.
  // Read through Query and the inventory module the same figures built an entity
  // per link row and level, most of a page's stock cost (docs/ARCHITECTURE.md,
  // "Catalog", cost of a page).
  const channelLocations = `SELECT stock_location_id FROM sales_channel_stock_location
     WHERE sales_channel_id = ? AND deleted_at IS NULL`
  const placesAndDates = async () => {
    const { rows } = await db.raw<{ rows: Array<{ stock_location_id: string }> }>(
      channelLocations,
      [channelId]
    )
    const locationIds = rows.map((row) => row.stock_location_id)
    return withExpected
      ? await scope
          .resolve<ProcurementModuleService>(PROCUREMENT_MODULE)
          .expectedDates(variantIds, locationIds)
      : new Map<string, Date>()
  }
  type Link = { variant_id: string; required_quantity: number; available: string; incoming: string }
  const [expected, { rows: links }] = await Promise.all([
    placesAndDates(),
    db.raw<{ rows: Link[] }>(
      `SELECT vi.variant_id, vi.required_quantity,
              COALESCE(SUM(l.stocked_quantity - l.reserved_quantity), 0) AS available,
              COALESCE(SUM(l.incoming_quantity), 0) AS incoming
         FROM product_variant_inventory_item vi
         LEFT JOIN inventory_level l
           ON l.inventory_item_id = vi.inventory_item_id AND l.deleted_at IS NULL
          AND l.location_id IN (${channelLocations})
        WHERE vi.variant_id = ANY(?) AND vi.deleted_at IS NULL
        GROUP BY vi.variant_id, vi.inventory_item_id, vi.required_quantity`,
      [channelId, variantIds]
    ),
  ])
  for (const link of links) {
    const per = Math.max(1, Number(link.required_quantity) || 1)
    const available = Math.floor((Number(link.available) || 0) / per)
    const incoming = Math.floor((Number(link.incoming) || 0) / per)
    const known = result.get(link.variant_id)
    const expectedAt = expected.get(link.variant_id)
    result.set(link.variant_id, {
      available: known?.available == null ? available : Math.min(known.available, available),
      incoming: known?.incoming == null ? incoming : Math.min(known.incoming, incoming),
      // The calendar day promised (acknowledged as "YYYY-MM-DD", stored at midnight UTC).
      expected_at: expectedAt ? expectedAt.toISOString().slice(0, 10) : null,
    })
  }
  return result
}

/**
 * The categories the catalog's filter offers: the active, public ones holding
 * at least one published product of the portal channel, by name
 * (docs/ARCHITECTURE.md, "Catalog").
 */
async function catalogCategories(
  scope: MedusaContainer,
  settings: PortalSettingsDTO
): Promise<StorePortalCategory[]> {
  // One SQL read over the product module's categories and products and the
  // product ↔ sales channel link's table: through Query the channel's product ids
  // had to be read first (it drops a link filter nested under `products`) and sent
  // back as a list (docs/ARCHITECTURE.md, "Catalog", SQL on Medusa's tables).
  const db: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows: data } = await db.raw<{ rows: StorePortalCategory[] }>(
    `SELECT c.id, c.name, c.handle FROM product_category c
      WHERE c.deleted_at IS NULL AND c.is_active = true AND c.is_internal = false
        AND EXISTS (
          SELECT 1 FROM product_category_product cp
            JOIN product p ON p.id = cp.product_id
             AND p.deleted_at IS NULL AND p.status = 'published'
            JOIN product_sales_channel ps ON ps.product_id = p.id
             AND ps.deleted_at IS NULL AND ps.sales_channel_id = ?
           WHERE cp.product_category_id = c.id)`,
    [settings.portal_sales_channel_id!]
  )
  return data
    .map((category) => ({ id: category.id, name: category.name, handle: category.handle }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
