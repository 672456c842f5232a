import { writeFileSync } from "node:fs"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  acceptInvitation,
  addCompanyMemberWorkflow,
  createCompanyWorkflow,
  ensurePortalChannel,
  issueInvitation,
  updatePortalSettingsWorkflow,
} from "../../workflows/portal"
import { createAgreementTemplateWorkflow } from "../../workflows/agreement"
import { demoAdminLogin, seedAdmin } from "../demo/admin"
import { createQuoteWorkflow, sendQuote } from "../../workflows/quote"
import { createFlatRateShipping, ensureDefaultShippingProfile } from "../shared/shipping"

/**
 * `medusa exec ./src/scripts/bench/seed.ts`, run by `npm run bench` (bench/run.mjs)
 * on a fresh, migrated database: a store that can sell (region, sales channel,
 * publishable key, stock location with shipping, products with stock and
 * prices, a customer) and BENCH_QUOTES quotes created and sent through the
 * plugin's own workflows. Writes what the benchmark needs to BENCH_INFO_FILE.
 */

const CURRENCY = "usd"
const COUNTRY = "us"
const PRODUCT_COUNT = 20
const SIZES = ["S", "M", "L"]
/** Lines of every quote that the buyer cannot deselect (and of every benchmark cart). */
const REQUIRED_LINES = 3
const LINE_QUANTITY = 2
const VALIDITY_DAYS = 60
const ACTOR = "bench-seed"
/**
 * The portal member whose catalog is measured, and what their company gets. The
 * password keeps the portal's rule (src/shared/password-rules.ts): not the email's name.
 */
const MEMBER = { email: "bench-member@example.com", password: "bench-portal-1" }
const BLANKET_DISCOUNT_PERCENT = 3
const COMPANY_DISCOUNT_PERCENT = 5

const intFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isInteger(value) && value > 0 ? value : fallback
}

type Variant = { id: string; title: string; price: number }

export type BenchInfo = {
  publishable_key: string
  region_id: string
  sales_channel_id: string
  shipping_option_id: string
  customer: { id: string; email: string }
  quote_count: number
  /** Tokens of sent quotes for the GET benchmark (each GET records a view). */
  view_tokens: string[]
  /** Tokens of distinct sent quotes, each accepted once by the latency benchmark. */
  accept_tokens: string[]
  /**
   * Tokens of sent quotes with an agreement and a 20 % deposit, each signed once
   * (BENCH_SIGN_QUOTES, default none; `npm run bench` times the signing).
   */
  sign_tokens: string[]
  /** Lines of the order an accept creates (its required lines; no optional one is selected). */
  accept_order_lines: number
  /** The same number and kind of lines for every benchmark cart. */
  cart_items: { variant_id: string; quantity: number }[][]
  cart_count: number
  /** The portal's own key (its channel holds the catalog) and a member of a portal company. */
  portal_publishable_key: string
  member: { email: string; password: string; company_id: string; customer_id: string }
  /** An admin login (BENCH_ADMIN=1: the scale run lists quotes as staff). */
  admin: { email: string; password: string } | null
  /** Orders of the member's customer, for Medusa's GET /store/orders (BENCH_MEMBER_ORDERS). */
  member_orders: number
}

export default async function seedBench({ container }: ExecArgs) {
  // stdout, not the logger: the runner seeds with LOG_LEVEL=warn so that the
  // notification provider's log line for each quote email costs nothing.
  const say = (message: string) => console.log(`bench seed: ${message}`)
  const infoFile = process.env.BENCH_INFO_FILE
  if (!infoFile) throw new Error("BENCH_INFO_FILE is not set; run this through `npm run bench`")
  const quoteCount = intFromEnv("BENCH_QUOTES", 1000)
  const viewCount = intFromEnv("BENCH_VIEW_TOKENS", 10)
  const acceptCount = intFromEnv("BENCH_ACCEPT_QUOTES", 55)
  const cartCount = intFromEnv("BENCH_CARTS", acceptCount)
  const signCount = Number(process.env.BENCH_SIGN_QUOTES) || 0
  const concurrency = intFromEnv("BENCH_SEED_CONCURRENCY", 16)
  const memberOrders = Number(process.env.BENCH_MEMBER_ORDERS) || 0
  if (viewCount + acceptCount > quoteCount) {
    throw new Error(`BENCH_QUOTES (${quoteCount}) is less than the tokens reserved`)
  }
  const started = Date.now()

  const store = await seedStore(container)
  const portal = await seedPortal(container, store)
  const shippingProfileId = await ensureDefaultShippingProfile(container)
  const { id: shippingOptionId } = await createFlatRateShipping(container, {
    stock_location_id: store.stock_location_id,
    country_codes: [COUNTRY],
    currency_code: CURRENCY,
    region_id: store.region_id,
    amount: 25,
    shipping_profile_id: shippingProfileId,
  })
  const variants = await seedCatalog(container, store, shippingProfileId, portal)
  const customer = await seedCustomer(container)
  const member = await seedMember(container)
  const admin = process.env.BENCH_ADMIN === "1" ? await seedAdmin(container) : null
  say(`store and catalog in ${Date.now() - started} ms`)
  if (memberOrders > 0) {
    const ordersStarted = Date.now()
    await seedOrders(container, store, variants, member, memberOrders)
    say(`${memberOrders} orders of the member's customer in ${Date.now() - ordersStarted} ms`)
  }

  // Quotes, created and sent through the plugin's workflows, a batch at a time.
  const quotesStarted = Date.now()
  const validUntil = new Date(Date.now() + VALIDITY_DAYS * 24 * 60 * 60 * 1000)
  /** `count` quotes created and sent, `concurrency` at a time; their link tokens in order. */
  const sendQuotes = async (count: number, extra: Record<string, unknown>) => {
    const tokens: string[] = new Array(count)
    for (let start = 0; start < count; start += concurrency) {
      const batch = Array.from(
        { length: Math.min(concurrency, count - start) },
        (_, i) => start + i
      )
      await Promise.all(
        batch.map(async (n) => {
          const { result: quote } = await createQuoteWorkflow(container).run({
            input: {
              customer_id: customer.id,
              currency_code: CURRENCY,
              region_id: store.region_id,
              sales_channel_id: store.sales_channel_id,
              valid_until: validUntil,
              items: quoteLines(variants, n),
              ...extra,
            },
          })
          const sent = await sendQuote(container, { quote_id: quote.id })
          const token = sent.link.url.split("/q/")[1]
          if (!token) throw new Error(`No token in the link ${sent.link.url}`)
          tokens[n] = token
        })
      )
    }
    return tokens
  }
  const tokens = await sendQuotes(quoteCount, {
    terms: "Net 30. Prices exclude sales tax and freight.",
  })
  const quoteMs = Date.now() - quotesStarted
  say(
    `${quoteCount} quotes created and sent in ${quoteMs} ms ` +
      `(${((quoteCount * 1000) / quoteMs).toFixed(0)}/s)`
  )

  let signTokens: string[] = []
  if (signCount > 0) {
    const { result: template } = await createAgreementTemplateWorkflow(container).run({
      input: {
        name: "Bench supply agreement",
        body: "{{company.name}} buys the goods of quote {{quote.number}}:\n\n{{quote.items}}",
      },
    })
    signTokens = await sendQuotes(signCount, {
      deposit_percent: 20,
      agreement_template_id: template.id,
    })
    say(`${signCount} quotes with an agreement sent`)
  }

  const info: BenchInfo = {
    publishable_key: store.publishable_key,
    region_id: store.region_id,
    sales_channel_id: store.sales_channel_id,
    shipping_option_id: shippingOptionId,
    customer,
    quote_count: quoteCount,
    view_tokens: tokens.slice(0, viewCount),
    accept_tokens: tokens.slice(viewCount, viewCount + acceptCount),
    sign_tokens: signTokens,
    accept_order_lines: REQUIRED_LINES,
    cart_items: Array.from({ length: cartCount }, (_, n) =>
      lineVariants(variants, n).map((variant) => ({
        variant_id: variant.id,
        quantity: LINE_QUANTITY,
      }))
    ),
    cart_count: cartCount,
    portal_publishable_key: portal.publishable_key,
    member,
    admin: admin && demoAdminLogin(),
    member_orders: memberOrders,
  }
  writeFileSync(infoFile, JSON.stringify(info, null, 2) + "\n", { mode: 0o600 })
  say(`done in ${Date.now() - started} ms, wrote ${infoFile}`)
}

/** The variants of quote (or cart) number n: spread over the catalog. */
function lineVariants(variants: Variant[], n: number): Variant[] {
  return Array.from(
    { length: REQUIRED_LINES },
    (_, line) => variants[(n * 7 + line * 13) % variants.length]
  )
}

/** Three required lines and one optional, unselected line. */
function quoteLines(variants: Variant[], n: number) {
  const required = lineVariants(variants, n).map((variant) => ({
    variant_id: variant.id,
    title: variant.title,
    quantity: LINE_QUANTITY,
    unit_price: variant.price,
  }))
  const extra = variants[(n * 11 + 5) % variants.length]
  return [
    ...required,
    {
      variant_id: extra.id,
      title: extra.title,
      quantity: 1,
      unit_price: extra.price,
      is_optional: true,
      is_selected: false,
    },
  ]
}

type BenchStore = {
  region_id: string
  sales_channel_id: string
  publishable_key: string
  stock_location_id: string
}

async function seedStore(container: MedusaContainer): Promise<BenchStore> {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench channel" }] },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Bench US",
          currency_code: CURRENCY,
          countries: [COUNTRY],
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: COUNTRY, provider_id: "tp_system" }],
  })

  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store) throw new Error("No store: have the migrations run?")
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bench store",
        supported_currencies: [{ currency_code: CURRENCY, is_default: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
      },
    },
  })

  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Bench", type: "publishable", created_by: "bench-seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: "Bench warehouse",
          address: { address_1: "1 Dock Street", city: "Columbus", country_code: COUNTRY },
        },
      ],
    },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannel.id] },
  })

  return {
    region_id: region.id,
    sales_channel_id: salesChannel.id,
    publishable_key: apiKey.token,
    stock_location_id: location.id,
  }
}

const priceOf = (product: number, size: number) => 20 + product * 5 + size
const skuOf = (product: number, size: string) => `BENCH-${product + 1}-${size}`

/** PRODUCT_COUNT products with three sizes each, stocked in the warehouse. */
async function seedCatalog(
  container: MedusaContainer,
  store: BenchStore,
  shippingProfileId: string,
  portal: BenchPortal
): Promise<Variant[]> {
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: Array.from({ length: PRODUCT_COUNT }, (_, p) => ({
        title: `Bench product ${p + 1}`,
        handle: `bench-product-${p + 1}`,
        description: `Product ${p + 1} of the benchmark catalog.`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: shippingProfileId,
        // In the portal's channel too: the catalog benchmark lists the same products both ways.
        sales_channels: [{ id: store.sales_channel_id }, { id: portal.sales_channel_id }],
        options: [{ title: "Size", values: SIZES }],
        variants: SIZES.map((size, s) => ({
          title: size,
          sku: skuOf(p, size),
          manage_inventory: true,
          options: { Size: size },
          prices: [{ amount: priceOf(p, s), currency_code: CURRENCY }],
        })),
      })),
    },
  })

  const priceBySku = new Map<string, number>()
  for (let p = 0; p < PRODUCT_COUNT; p++) {
    SIZES.forEach((size, s) => priceBySku.set(skuOf(p, size), priceOf(p, s)))
  }
  const variants: Variant[] = products.flatMap((product) =>
    (product.variants ?? []).map((variant) => ({
      id: variant.id,
      title: `${product.title} (${variant.title})`,
      price: priceBySku.get(variant.sku ?? "") ?? 0,
    }))
  )

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { id: variants.map((variant) => variant.id) },
  })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: data.flatMap((variant) =>
        (variant.inventory_items ?? []).flatMap((item) =>
          item
            ? [
                {
                  inventory_item_id: item.inventory_item_id,
                  location_id: store.stock_location_id,
                  stocked_quantity: 1_000_000,
                },
              ]
            : []
        )
      ),
    },
  })
  return variants
}

type BenchPortal = { sales_channel_id: string; publishable_key: string }

/**
 * The portal's channel and key (ensurePortalChannel), served by the bench
 * warehouse, with the catalog settings a merchant would use: stock as an
 * indication with incoming, and a blanket discount (a Medusa automatic
 * promotion; docs/ARCHITECTURE.md, "Settings" and "Money").
 */
async function seedPortal(container: MedusaContainer, store: BenchStore): Promise<BenchPortal> {
  const channel = await ensurePortalChannel(container)
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: store.stock_location_id, add: [channel.sales_channel.id] },
  })
  await updatePortalSettingsWorkflow(container).run({
    input: {
      stock_display: "indication",
      show_incoming: true,
      portal_discount_percent: BLANKET_DISCOUNT_PERCENT,
    },
  })
  return {
    sales_channel_id: channel.sales_channel.id,
    publishable_key: channel.publishable_key.token,
  }
}

/**
 * A portal company with its own discount and one contact in the default
 * customer team (catalog.view), with an emailpass login made by accepting an
 * invitation, as a contact does.
 */
async function seedMember(container: MedusaContainer): Promise<BenchInfo["member"]> {
  const { result: company } = await createCompanyWorkflow(container).run({
    input: {
      name: "Bench Portal Co",
      is_customer: true,
      is_supplier: false,
      allow_portal: true,
      discount_percent: COMPANY_DISCOUNT_PERCENT,
      actor_id: ACTOR,
    },
  })
  const { result: member } = await addCompanyMemberWorkflow(container).run({
    input: {
      company_id: company.id,
      actor_id: ACTOR,
      customer: { email: MEMBER.email, first_name: "Bench", last_name: "Member" },
    },
  })
  const { token } = await issueInvitation(container, {
    company_id: company.id,
    member_id: member.id,
    actor_id: ACTOR,
  })
  await acceptInvitation(container, { token, password: MEMBER.password })
  return { ...MEMBER, company_id: company.id, customer_id: member.customer_id }
}

/**
 * `count` orders of the member's customer, straight through the Order module in
 * batches (three lines each, a day apart): the history Medusa's
 * GET /store/orders lists for them, as quotes are listed for their company.
 */
async function seedOrders(
  container: MedusaContainer,
  store: BenchStore,
  variants: Variant[],
  member: BenchInfo["member"],
  count: number
) {
  const orders = container.resolve(Modules.ORDER)
  const batch = 100
  for (let start = 0; start < count; start += batch) {
    await orders.createOrders(
      Array.from({ length: Math.min(batch, count - start) }, (_, i) => {
        const n = start + i
        return {
          customer_id: member.customer_id,
          email: member.email,
          region_id: store.region_id,
          sales_channel_id: store.sales_channel_id,
          currency_code: CURRENCY,
          status: "completed" as const,
          created_at: new Date(Date.now() - (count - n) * 24 * 60 * 60 * 1000),
          items: lineVariants(variants, n).map((variant) => ({
            title: variant.title,
            variant_id: variant.id,
            quantity: LINE_QUANTITY,
            unit_price: variant.price,
          })),
        }
      })
    )
  }
}

async function seedCustomer(container: MedusaContainer) {
  const email = "bench-buyer@example.com"
  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        {
          email,
          first_name: "Bench",
          last_name: "Buyer",
          company_name: "Bench Co",
          // Quotes ship here: the customer's default shipping address.
          addresses: [
            {
              address_1: "1 Bench Road",
              city: "Austin",
              postal_code: "78701",
              province: "us-tx",
              country_code: COUNTRY,
              is_default_shipping: true,
            },
          ],
        },
      ],
    },
  })
  return { id: customer.id, email }
}
