import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomersWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import jwt from "jsonwebtoken"
import { ACCOUNTS_MODULE } from "../../src/modules/accounts"
import type AccountsModuleService from "../../src/modules/accounts/service"
import { createFlatRateShipping } from "../../src/scripts/shared/shipping"
import { drawnSignature } from "./signature"

export type Headers = { headers: Record<string, string> }

/** An admin user with a signed JWT, as the dashboard would hold after logging in. */
export async function createAdminUser(container: MedusaContainer, email = "admin@example.com") {
  const users = container.resolve(Modules.USER)
  const auth = container.resolve(Modules.AUTH)
  const user = await users.createUsers({ email, first_name: "Ada", last_name: "Admin" })
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const token = jwt.sign(
    {
      actor_id: user.id,
      actor_type: "user",
      auth_identity_id: identity.id,
      app_metadata: { user_id: user.id },
    },
    config.projectConfig.http.jwtSecret as string,
    { expiresIn: "1d" }
  )
  return { user, headers: { headers: { authorization: `Bearer ${token}` } } }
}

/** A customer logged in to the store: a bearer token the admin routes must refuse. */
export async function createCustomerToken(
  container: MedusaContainer,
  customerId: string,
  email: string
) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customerId },
  })
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return jwt.sign(
    { actor_id: customerId, actor_type: "customer", auth_identity_id: identity.id },
    config.projectConfig.http.jwtSecret as string,
    { expiresIn: "1d" }
  )
}

/** When this test file started, before any of its tokens was issued (to the second, as `iat`). */
const FILE_STARTED_AT = new Date(Math.floor(Date.now() / 1000) * 1000)

/**
 * Opens a membership as an accepted invitation does (docs/ARCHITECTURE.md,
 * "Accounts"): dated when the test file started, so the contact's test
 * tokens act for it, and the contact joins the company's customer group.
 * Specs about the invitation itself go through
 * `POST /store/portal/invitations/accept` instead.
 */
export async function openMembership(container: MedusaContainer, memberId: string) {
  const portal: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const member = await portal.updatePortalMembers({ id: memberId, activated_at: FILE_STARTED_AT })
  const company = await portal.retrievePortalCompany(
    (member as unknown as { company_id: string }).company_id
  )
  if (member.status === "active" && company.allow_portal) {
    await container.resolve(Modules.CUSTOMER).addCustomerToGroup({
      customer_id: member.customer_id,
      customer_group_id: company.customer_group_id,
    })
  }
}

/** A store a buyer can order from: region, sales channel, publishable key, products, a customer. */
export async function createStore(container: MedusaContainer, currency = "usd", country = "us") {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "B2B" }] },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Region", currency_code: currency, countries: [country] }] },
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Portal", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Industrial Printer",
          status: "published",
          options: [{ title: "Model", values: ["P1", "P2"] }],
          sales_channels: [{ id: salesChannel.id }],
          variants: ["P1", "P2"].map((model, index) => ({
            title: model,
            sku: `PRINTER-${model}`,
            manage_inventory: false,
            options: { Model: model },
            prices: [{ amount: 1000 + index * 500, currency_code: currency }],
          })),
        },
      ],
    },
  })
  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        {
          email: currency === "usd" ? "buyer@acme.test" : `buyer-${currency}@acme.test`,
          first_name: "Bea",
          last_name: "Buyer",
          company_name: "Acme",
          addresses: [
            {
              first_name: "Bea",
              last_name: "Buyer",
              company: "Acme",
              address_1: "1 Main Street",
              city: "Springfield",
              postal_code: "62701",
              province: country === "us" ? "us-il" : null,
              country_code: country,
              is_default_shipping: true,
            },
          ],
        },
      ],
    },
  })
  return {
    region,
    salesChannel,
    customer,
    variants: products[0].variants,
    storeHeaders: { headers: { "x-publishable-api-key": apiKey.token } },
  }
}

export type Store = Awaited<ReturnType<typeof createStore>>

/** The body of a quote with two required and two optional lines (one pre-selected). */
export function quoteBody(store: Store, overrides: Record<string, unknown> = {}) {
  return {
    customer_id: store.customer.id,
    currency_code: store.region.currency_code,
    region_id: store.region.id,
    sales_channel_id: store.salesChannel.id,
    valid_until: new Date(Date.now() + 14 * 24 * 3600 * 1000).toISOString(),
    terms: "Net 30.",
    items: [
      { variant_id: store.variants[0].id, title: "Printer P1", quantity: 2, unit_price: 1000 },
      { title: "Installation", quantity: 1, unit_price: 250 },
      {
        variant_id: store.variants[1].id,
        title: "Printer P2",
        quantity: 1,
        unit_price: 1500,
        is_optional: true,
        is_selected: true,
      },
      { title: "Extended warranty", quantity: 1, unit_price: 300, is_optional: true },
    ],
    ...overrides,
  }
}

/** A quote-link route for a token, e.g. quoteLink(token, "/accept"). */
export const quoteLink = (token: string, path = "") => `/store/portal/quote-links/${token}${path}`

/** The token at the end of a link URL. */
export function tokenOf(url: string): string {
  return url.split("/q/")[1]
}

type Api = {
  post: (url: string, body: unknown, config?: unknown) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Creates and sends a quote; returns it with its link token. */
export async function createSentQuote(
  api: Api,
  admin: Headers,
  store: Store,
  overrides: Record<string, unknown> = {}
) {
  const created = await api.post("/admin/portal/quotes", quoteBody(store, overrides), admin)
  const sent = await api.post(`/admin/portal/quotes/${created.data.quote.id}/send`, {}, admin)
  return { quote: sent.data.quote, token: tokenOf(sent.data.link.url), link: sent.data.link }
}

export type QuoteItemView = { id: string; title: string; is_optional: boolean; unit_price: number }

export const itemNamed = (quote: { items: QuoteItemView[] }, title: string) =>
  quote.items.find((item) => item.title === title)!

/** A response as the tests read it; bodies are asserted field by field. */
export type TestResponse = {
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any
  headers: Record<string, string>
}

/** Lets a request fail without throwing, so its status and body can be asserted. */
export const settle = (promise: Promise<unknown>): Promise<TestResponse> =>
  promise.then(
    (response) => response as TestResponse,
    (error: { response?: TestResponse }) => {
      if (!error.response) throw error
      return error.response
    }
  )

/** Everything stored about a quote, to prove a refused request changed nothing. */
export async function snapshotQuote(container: MedusaContainer, quoteId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "portal_quote",
    fields: ["*", "items.*", "events.*", "messages.*", "links.*"],
    filters: { id: quoteId },
  })
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
  const quote = data[0]
  return {
    ...quote,
    items: [...quote.items].sort(byId),
    events: [...quote.events].sort(byId),
    messages: [...quote.messages].sort(byId),
    links: [...quote.links].sort(byId),
  }
}

export async function countOrders(container: MedusaContainer) {
  const orders = container.resolve(Modules.ORDER)
  const [, count] = await orders.listAndCountOrders({})
  return count
}

/** An agreement template that uses every variable, the items table included. */
export function agreementTemplateBody(overrides: Partial<{ name: string; body: string }> = {}) {
  return {
    name: "Supply agreement",
    body: [
      "Between {{merchant.name}} and {{company.name}}, represented by {{customer.first_name}} {{customer.last_name}} ({{customer.email}}).",
      "Quote {{quote.number}}, valid until {{quote.valid_until}}:",
      "{{quote.items}}",
      "Total {{quote.total}}; deposit due on signing {{quote.deposit}}. Signed on {{today}} by {{signer.name}} ({{signer.email}}).",
    ].join("\n\n"),
    ...overrides,
  }
}

/** What a buyer sends to sign: a drawn signature, their name and email, and consent. */
export function signBody(overrides: Record<string, unknown> = {}) {
  return {
    selected_item_ids: [],
    signer_name: "Bea Buyer",
    signer_email: "bea@acme.test",
    signature: drawnSignature(),
    consent: true,
    ...overrides,
  }
}

/** Creates and sends a quote with an agreement, and signs it through its link. */
export async function createSignedQuote(api: Api, admin: Headers, store: Store) {
  const template = await api.post(
    "/admin/portal/agreement-templates",
    agreementTemplateBody(),
    admin
  )
  const { quote, token } = await createSentQuote(api, admin, store, {
    agreement_template_id: template.data.agreement_template.id,
  })
  await api.post(`/store/portal/quote-links/${token}/sign`, signBody(), store.storeHeaders)
  return { quote, token }
}

/** Lets buyers in a region pay with these providers, as the merchant does in Settings → Regions. */
export async function enablePaymentProviders(
  container: MedusaContainer,
  regionId: string,
  providerIds = ["pp_system_default"]
) {
  await updateRegionsWorkflow(container).run({
    input: { selector: { id: regionId }, update: { payment_providers: providerIds } },
  })
}

/** Creates, sends and accepts a quote through its link; returns it with its order. */
export async function createAcceptedQuote(
  api: Api,
  admin: Headers,
  store: Store,
  overrides: Record<string, unknown> = {}
) {
  const { token } = await createSentQuote(api, admin, store, overrides)
  const accepted = await api.post(
    `/store/portal/quote-links/${token}/accept`,
    { selected_item_ids: [] },
    store.storeHeaders
  )
  return { quote: accepted.data.quote, token, order_id: accepted.data.order.id as string }
}

/**
 * Staff fulfil and ship lines of an order in the admin, with one tracking
 * label (Medusa's `shipment.created`); returns the fulfillment.
 */
export async function shipOrderItems(
  api: Api,
  admin: Headers,
  orderId: string,
  items: { id: string; quantity: number }[]
): Promise<{ id: string }> {
  const fulfilled = await api.post(
    `/admin/orders/${orderId}/fulfillments?fields=*fulfillments`,
    { items },
    admin
  )
  const fulfillment = fulfilled.data.order.fulfillments[0]
  await api.post(
    `/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`,
    {
      items,
      labels: [
        {
          tracking_number: "1Z999",
          tracking_url: "https://track.example/1Z999",
          label_url: "https://track.example/label",
        },
      ],
    },
    admin
  )
  return fulfillment
}

/** Polls until `probe` returns something truthy, for work done by subscribers. */
export async function waitFor<T>(probe: () => Promise<T | null>, attempts = 50): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await probe()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("condition not met in time")
}

/**
 * A variant whose inventory Medusa manages, stocked at a warehouse that serves
 * the store's sales channel, as a merchant sets it up under Settings → Locations.
 */
export async function createStockedVariant(
  container: MedusaContainer,
  store: Store,
  stockedQuantity = 10
) {
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse" }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [store.salesChannel.id] },
  })
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Toner Cartridge",
          status: "published",
          options: [{ title: "Colour", values: ["Black"] }],
          sales_channels: [{ id: store.salesChannel.id }],
          variants: [
            {
              title: "Black",
              sku: "TONER-BLACK",
              manage_inventory: true,
              options: { Colour: "Black" },
              prices: [{ amount: 80, currency_code: store.region.currency_code }],
            },
          ],
        },
      ],
    },
  })
  const variant = product.variants[0]
  const inventoryItemId = await stockVariant(container, variant.id, location.id, {
    stocked_quantity: stockedQuantity,
  })
  return { variant, inventoryItemId, locationId: location.id }
}

/** Gives a managed variant's inventory item a level at a location; answers the item's id. */
export async function stockVariant(
  container: MedusaContainer,
  variantId: string,
  locationId: string,
  level: { stocked_quantity: number; incoming_quantity?: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory_item_id"],
    filters: { id: variantId },
  })
  const inventoryItemId = data[0].inventory_items![0]!.inventory_item_id as string
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: [{ inventory_item_id: inventoryItemId, location_id: locationId, ...level }],
    },
  })
  return inventoryItemId
}

/**
 * Taxes a country at a default rate, as a merchant does under Settings → Tax
 * Regions, through Medusa's system tax provider.
 */
export async function createTaxRegion(
  container: MedusaContainer,
  countryCode: string,
  rate: number,
  extra: { province_code?: string; parent_id?: string } = {}
) {
  const {
    result: [region],
  } = await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: countryCode,
        // Only a country's region names the provider; its provinces inherit it.
        ...(extra.parent_id ? {} : { provider_id: "tp_system" }),
        default_tax_rate: { rate, code: `${countryCode}-${rate}`, name: `Tax ${rate}%` },
        ...extra,
      },
    ],
  })
  return region
}

/** A warehouse for the store's channel that ships to `countries` at a flat rate. */
export async function createShippingOption(
  container: MedusaContainer,
  store: Store,
  amount: number,
  countries = ["us"]
) {
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `Warehouse ${store.region.currency_code}` }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [store.salesChannel.id] },
  })
  return createFlatRateShipping(container, {
    stock_location_id: location.id,
    country_codes: countries,
    currency_code: store.region.currency_code,
    region_id: store.region.id,
    amount,
  })
}

type ApiWithGet = Api & {
  get: (url: string, config?: unknown) => Promise<{ status: number; data: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * Companies, teams and contacts as staff set them up in the admin, for the
 * member-route tests: each call is one admin request and returns its record.
 */
export function portalAccounts(api: ApiWithGet, admin: Headers, container: MedusaContainer) {
  return {
    async company(
      name: string,
      sides: { is_customer?: boolean; is_supplier?: boolean } = { is_customer: true }
    ) {
      return (await api.post("/admin/portal/companies", { name, ...sides }, admin)).data
        .company as { id: string; name: string; customer_group_id: string }
    },
    async team(name: string, permissions: readonly string[]) {
      return (await api.post("/admin/portal/teams", { name, permissions }, admin)).data.team as {
        id: string
      }
    },
    /** Staff add the customer, and the contact has accepted the invitation (`openMembership`). */
    async addMember(companyId: string, customerId: string, teamIds: string[]) {
      const member = (
        await api.post(
          `/admin/portal/companies/${companyId}/members`,
          { customer_id: customerId, team_ids: teamIds },
          admin
        )
      ).data.member as { id: string; customer_id: string }
      await openMembership(container, member.id)
      return member
    },
    /** A customer with a login: their id and a bearer token for the member routes. */
    async contact(email: string, name = { first_name: "Casey", last_name: email.split("@")[0] }) {
      const customer = (await api.post("/admin/customers", { email, ...name }, admin)).data.customer
      return {
        id: customer.id as string,
        token: await createCustomerToken(container, customer.id, email),
      }
    },
  }
}

/** The headers of a member request: the store's key, the contact's token, the company they act for. */
export const asMember = (store: Store, token: string, companyId?: string) => ({
  headers: {
    ...store.storeHeaders.headers,
    authorization: `Bearer ${token}`,
    ...(companyId ? { "x-portal-company": companyId } : {}),
  },
})
