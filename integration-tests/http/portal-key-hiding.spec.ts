import { CUSTOMER_PERMISSIONS } from "../../src/shared/permissions"
import {
  createProductsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createFlatRateShipping,
  ensureDefaultShippingProfile,
} from "../../src/scripts/shared/shipping"
import {
  createAdminUser,
  createCustomerToken,
  portalAccounts,
  createSentQuote,
  createStore,
  enablePaymentProviders,
  type Headers,
  stockVariant,
  type Store,
} from "../helpers/fixtures"

jest.setTimeout(240_000)

const SETTINGS = "/admin/portal/settings"
/** Amounts no other number of the set-up has: the unit price, two of it, shipping, the total. */
const PRICE = 4321
const SHIPPING = 777
const AMOUNTS = new Set([PRICE, 2 * PRICE, SHIPPING, 2 * PRICE + SHIPPING])

/**
 * The test's own idea of an amount, independent of the rule under test: Medusa's
 * amount keys by name, any number under a price-like key, and any number (or
 * numeric string) equal to an amount of the set-up, wherever it is.
 */
const AMOUNT_KEYS = new Set([
  "amount",
  "unit_price",
  "compare_at_unit_price",
  "calculated_price",
  "original_price",
  "prices",
  "calculated_amount",
  "original_amount",
  "total",
  "subtotal",
  "tax_total",
  "discount_total",
  "item_total",
  "shipping_total",
  "original_total",
  "authorized_amount",
  "captured_amount",
  "refunded_amount",
  "paid_total",
])
const PRICE_LIKE = /price|amount|total|discount|subtotal|paid|refund/i
const STOCK_LIKE = /(inventory|stocked|reserved|available|incoming)_quantity/

function isNumeric(value: unknown) {
  return typeof value === "number" || (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value))
}

/** Every path in `body` where an amount shows. */
function amountsIn(body: unknown, path = "$", underPriceKey = false): string[] {
  if (Array.isArray(body))
    return body.flatMap((item, i) => amountsIn(item, `${path}[${i}]`, underPriceKey))
  if (body && typeof body === "object") {
    return Object.entries(body).flatMap(([key, value]) => [
      ...(AMOUNT_KEYS.has(key) ? [`${path}.${key}`] : []),
      ...amountsIn(value, `${path}.${key}`, underPriceKey || PRICE_LIKE.test(key)),
    ])
  }
  if (isNumeric(body) && (underPriceKey || AMOUNTS.has(Number(body)))) return [`${path}=${body}`]
  return []
}

/** Every path in `body` with a stock field. */
function stockIn(body: unknown, path = "$"): string[] {
  if (Array.isArray(body)) return body.flatMap((item, i) => stockIn(item, `${path}[${i}]`))
  if (body && typeof body === "object") {
    return Object.entries(body).flatMap(([key, value]) => [
      ...(STOCK_LIKE.test(key) ? [`${path}.${key}`] : []),
      ...stockIn(value, `${path}.${key}`),
    ])
  }
  return []
}

/** A JSON answer, read field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
type Responses = Array<{ route: string; status: number; data: Json }>

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let portalKey: string
    let product: { id: string; variant_id: string }
    let customerToken: string
    const orders: Record<"portal" | "other", string> = { portal: "", other: "" }

    const headersFor = (key: string, loggedIn: boolean): Headers => ({
      headers: {
        "x-publishable-api-key": key,
        ...(loggedIn ? { authorization: `Bearer ${customerToken}` } : {}),
      },
    })
    const keyOf = (which: "portal" | "other") =>
      which === "portal" ? portalKey : store.storeHeaders.headers["x-publishable-api-key"]

    /** A buyer's way through Medusa's cart routes; every answer on the way, and the cart. */
    async function shop(headers: Headers) {
      const seen: Responses = []
      const call = async (route: string, run: Promise<{ status: number; data: Json }>) => {
        const res = await run
        seen.push({ route, status: res.status, data: res.data })
        return res.data
      }
      const { cart } = await call(
        "POST /store/carts",
        api.post(
          "/store/carts",
          {
            region_id: store.region.id,
            email: "buyer@acme.test",
            shipping_address: {
              first_name: "Bea",
              last_name: "Buyer",
              address_1: "1 Main Street",
              city: "Springfield",
              postal_code: "62701",
              country_code: "us",
            },
            items: [{ variant_id: product.variant_id, quantity: 1 }],
          },
          headers
        )
      )
      await call(
        "POST /store/carts/:id/line-items/:line_id",
        api.post(`/store/carts/${cart.id}/line-items/${cart.items[0].id}`, { quantity: 2 }, headers)
      )
      const { shipping_options } = await call(
        "GET /store/shipping-options",
        api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)
      )
      await call(
        "POST /store/carts/:id/shipping-methods",
        api.post(
          `/store/carts/${cart.id}/shipping-methods`,
          { option_id: shipping_options[0].id },
          headers
        )
      )
      const { payment_collection } = await call(
        "POST /store/payment-collections",
        api.post("/store/payment-collections", { cart_id: cart.id }, headers)
      )
      await call(
        "POST /store/payment-collections/:id/payment-sessions",
        api.post(
          `/store/payment-collections/${payment_collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
      )
      await call("GET /store/carts/:id", api.get(`/store/carts/${cart.id}`, headers))
      return { seen, cart_id: cart.id as string }
    }

    /** Every listed route's answer under one key, as one actor, with and without price fields. */
    async function everyRoute(which: "portal" | "other", loggedIn: boolean): Promise<Responses> {
      const headers = headersFor(keyOf(which), loggedIn)
      const region = `region_id=${store.region.id}`
      const productFields =
        "fields=*variants.calculated_price,*variants.prices,+variants.inventory_quantity,*variants.inventory_items.inventory.location_levels"
      const variantFields = "fields=*calculated_price,+inventory_quantity"
      const gets = [
        `/store/products?${region}`,
        `/store/products?${region}&${productFields}`,
        `/store/products/${product.id}?${region}&${productFields}`,
        `/store/product-variants?${region}&${variantFields}`,
        `/store/product-variants/${product.variant_id}?${region}&${variantFields}`,
        `/store/orders/${orders[which]}`,
        `/store/orders/${orders[which]}?fields=*items,*payment_collections,+summary`,
        ...(loggedIn ? ["/store/orders"] : []),
      ]
      const seen: Responses = []
      for (const route of gets) {
        const res = await api.get(route, headers)
        seen.push({ route: `GET ${route}`, status: res.status, data: res.data })
      }
      const { seen: cartRoutes, cart_id } = await shop(headers)
      const cartFields = await api.get(
        `/store/carts/${cart_id}?fields=+items.unit_price,*items.variant.calculated_price,+items.variant.inventory_quantity`,
        headers
      )
      return [
        ...seen,
        ...cartRoutes,
        { route: "GET /store/carts/:id?fields", status: cartFields.status, data: cartFields.data },
      ]
    }

    const setSettings = async (changes: Record<string, unknown>) =>
      expect((await api.post(SETTINGS, changes, admin)).status).toBe(200)

    /**
     * One product in both the portal channel and the merchant's own channel, priced
     * and stocked, shipped at a flat rate; an order placed under each key.
     */
    beforeAll(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      await enablePaymentProviders(container, store.region.id)
      const channel = (await api.get(SETTINGS, admin)).data.portal_channel
      portalKey = channel.publishable_key.token
      const {
        result: [location],
      } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: "Warehouse" }] },
      })
      for (const id of [channel.sales_channel.id, store.salesChannel.id]) {
        await linkSalesChannelsToStockLocationWorkflow(container).run({
          input: { id: location.id, add: [id] },
        })
      }
      await createFlatRateShipping(container, {
        stock_location_id: location.id,
        country_codes: ["us"],
        currency_code: "usd",
        region_id: store.region.id,
        amount: SHIPPING,
      })
      const {
        result: [created],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Hex Bolt",
              status: "published",
              shipping_profile_id: await ensureDefaultShippingProfile(container),
              options: [{ title: "Size", values: ["M8"] }],
              sales_channels: [{ id: channel.sales_channel.id }, { id: store.salesChannel.id }],
              variants: [
                {
                  title: "M8",
                  sku: "BOLT-M8",
                  manage_inventory: true,
                  options: { Size: "M8" },
                  prices: [{ amount: PRICE, currency_code: "usd" }],
                },
              ],
            },
          ],
        },
      })
      product = { id: created.id, variant_id: created.variants[0].id }
      await stockVariant(container, product.variant_id, location.id, {
        stocked_quantity: 50,
        incoming_quantity: 5,
      })
      customerToken = await createCustomerToken(container, store.customer.id, "buyer@acme.test")
      // A portal order needs what the place-order gate asks for: a contact who may
      // place orders, placing on, and the cart bound to their company.
      const accounts = portalAccounts(api, admin, container)
      const acme = await accounts.company("Acme")
      const buyers = await accounts.team("Buyers", CUSTOMER_PERMISSIONS)
      await accounts.addMember(acme.id, store.customer.id, [buyers.id])
      await setSettings({ allow_place_order: true })
      for (const which of ["portal", "other"] as const) {
        const { cart_id } = await shop(headersFor(keyOf(which), true))
        if (which === "portal") {
          await api.post("/store/portal/cart-company", { cart_id }, headersFor(portalKey, true))
        }
        const done = await api.post(
          `/store/carts/${cart_id}/complete`,
          {},
          headersFor(keyOf(which), true)
        )
        expect(done.data.type).toBe("order")
        orders[which] = done.data.order.id
      }
    })

    it("hides every amount under the portal key, anonymous or logged in, and nowhere else", async () => {
      await setSettings({ hide_prices: true, stock_display: "number", show_incoming: true })

      for (const loggedIn of [false, true]) {
        const portal = await everyRoute("portal", loggedIn)
        for (const { route, status, data } of portal) {
          expect({ route, status }).toEqual({ route, status: 200 })
          expect({ route, amounts: amountsIn(data) }).toEqual({ route, amounts: [] })
        }
        // The answers are whole: the product, the cart's line, the order's lines.
        const listed = portal.find(({ route }) => route.startsWith("GET /store/products?"))!
        expect(listed.data.products.map((p: { id: string }) => p.id)).toEqual([product.id])
        const portalCart = portal.find(({ route }) => route === "GET /store/carts/:id")!
        expect(portalCart.data.cart.items).toEqual([expect.objectContaining({ quantity: 2 })])
        const order = portal.find(({ route }) => route.startsWith("GET /store/orders/"))!
        expect(order.data.order.items).toHaveLength(1)
        // Stock shows as a number: only the amounts went.
        expect(portal.some(({ data }) => stockIn(data).length > 0)).toBe(true)

        // The merchant's own storefront, same routes, same buyer: amounts as before.
        const other = await everyRoute("other", loggedIn)
        for (const { route, status, data } of other) {
          expect({ route, status }).toEqual({ route, status: 200 })
          expect({ route, shows: amountsIn(data).length > 0 }).toEqual({ route, shows: true })
        }
        const cart = other.find(({ route }) => route === "GET /store/carts/:id")!.data
        expect(cart.cart.total).toBe(2 * PRICE + SHIPPING)
      }

      // A quote the merchant prices and sends keeps its prices under the portal key.
      const { token } = await createSentQuote(api, admin, store)
      const quote = await api.get(
        `/store/portal/quote-links/${token}`,
        headersFor(portalKey, false)
      )
      expect(quote.status).toBe(200)
      expect(quote.data.quote.items.map((item: { unit_price: number }) => item.unit_price)).toEqual(
        expect.arrayContaining([1000, 250])
      )
    })

    it("shows amounts again once prices are not hidden, and hides stock unless it shows as a number", async () => {
      await setSettings({ hide_prices: false, stock_display: "off" })
      const portal = await everyRoute("portal", true)
      const detail = portal.find(({ route }) => route.startsWith("GET /store/products/"))!.data
      expect(detail.product.variants[0].calculated_price.calculated_amount).toBe(PRICE)
      const cart = portal.find(({ route }) => route === "GET /store/carts/:id")!.data
      expect(cart.cart.total).toBe(2 * PRICE + SHIPPING)
      for (const { route, data } of portal) {
        expect({ route, stock: stockIn(data) }).toEqual({ route, stock: [] })
      }
      // The merchant's own key still shows Medusa's count.
      const other = await api.get(
        `/store/products/${product.id}?fields=+variants.inventory_quantity`,
        headersFor(keyOf("other"), false)
      )
      expect(other.data.product.variants[0].inventory_quantity).toEqual(expect.any(Number))

      await setSettings({ stock_display: "indication" })
      const indication = await api.get(
        `/store/products/${product.id}?fields=+variants.inventory_quantity`,
        headersFor(portalKey, false)
      )
      expect(stockIn(indication.data)).toEqual([])

      await setSettings({ stock_display: "number", show_incoming: false })
      const levels = await api.get(
        `/store/products/${product.id}?fields=+variants.inventory_quantity,*variants.inventory_items.inventory.location_levels`,
        headersFor(portalKey, false)
      )
      const variant = levels.data.product.variants[0]
      expect(variant.inventory_quantity).toEqual(expect.any(Number))
      expect(JSON.stringify(levels.data)).toContain("stocked_quantity")
      expect(JSON.stringify(levels.data)).not.toContain("incoming_quantity")
    })

    it("words Medusa's stock refusal as how many are left, with the number only where stock shows as one", async () => {
      const available = (
        await api.get(
          `/store/products/${product.id}?fields=+variants.inventory_quantity`,
          headersFor(keyOf("other"), false)
        )
      ).data.product.variants[0].inventory_quantity as number
      const tooMany = available + 1
      /** A new cart under the key, and what adding (or raising a line to) too many answers. */
      const refusals = async (which: "portal" | "other") => {
        const headers = headersFor(keyOf(which), true)
        const cart = (await api.post("/store/carts", { region_id: store.region.id }, headers)).data
          .cart
        const add = await api
          .post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: product.variant_id, quantity: tooMany },
            headers
          )
          .catch((error) => error.response)
        const withLine = (
          await api.post(
            `/store/carts/${cart.id}/line-items`,
            { variant_id: product.variant_id, quantity: 1 },
            headers
          )
        ).data.cart
        const raise = await api
          .post(
            `/store/carts/${cart.id}/line-items/${withLine.items[0].id}`,
            { quantity: tooMany },
            headers
          )
          .catch((error) => error.response)
        return [add, raise].map((res) => ({ status: res.status, message: res.data.message }))
      }
      const only = `Only ${available} of Hex Bolt (M8) available.`
      await setSettings({ stock_display: "number" })
      expect(await refusals("portal")).toEqual([
        { status: 400, message: only },
        { status: 400, message: only },
      ])
      // Under the portal key with stock shown as an indication, no number.
      await setSettings({ stock_display: "indication" })
      const notEnough = `Not enough of Hex Bolt (M8) in stock for ${tooMany}.`
      expect(await refusals("portal")).toEqual([
        { status: 400, message: notEnough },
        { status: 400, message: notEnough },
      ])
      // The merchant's own key sees Medusa's count anyway.
      expect((await refusals("other"))[0]).toEqual({ status: 400, message: only })
    })
  },
})
