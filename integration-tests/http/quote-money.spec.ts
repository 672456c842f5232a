import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  agreementTemplateBody,
  createAdminUser,
  createSentQuote,
  createShippingOption,
  createStore,
  createTaxRegion,
  Headers,
  quoteBody,
  signBody,
  Store,
  quoteLink as link,
  settle,
} from "../helpers/fixtures"

jest.setTimeout(240_000)

/** What the matrix measured, printed at the end for the note. */
const measured: string[] = []

type Line = {
  title: string
  quantity: number
  unit_price: number
  discount_percent?: number
  is_optional?: boolean
  is_selected?: boolean
  variant_id?: string
}

/**
 * Money agrees: for every accepted or signed quote, Medusa's order total equals
 * the quote's total to the currency's minor unit, because tax comes from
 * Medusa's Tax Module for where the quote ships, automatic promotions from its
 * Promotion Module, and the order carries the quote's address and shipping
 * method (docs/ARCHITECTURE.md, "Money").
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
    })
    afterAll(() => {
      console.log(`Quote vs order totals:\n${measured.join("\n")}`)
    })

    async function orderOf(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [order],
      } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "currency_code",
          "total",
          "tax_total",
          "discount_total",
          "shipping_total",
          "shipping_address.*",
          "shipping_methods.*",
          "items.*",
        ],
        filters: { id: orderId },
      })
      return order
    }

    /** Sends a quote, lets the buyer accept it, and compares the quote with its order. */
    async function acceptAndCompare(
      label: string,
      store: Store,
      items: Line[],
      options: {
        shipping_option_id?: string
        shipping_amount?: number
        selected?: string[]
        shipping_address_id?: string
      } = {}
    ) {
      const { quote, token } = await createSentQuote(api, admin, store, {
        items,
        ...(options.shipping_option_id ? { shipping_option_id: options.shipping_option_id } : {}),
        ...(options.shipping_amount != null ? { shipping_amount: options.shipping_amount } : {}),
      })
      const selected = quote.items
        .filter((item: { title: string }) => options.selected?.includes(item.title))
        .map((item: { id: string }) => item.id)
      const accepted = await api.post(
        link(token, "/accept"),
        { selected_item_ids: selected, shipping_address_id: options.shipping_address_id },
        store.storeHeaders
      )
      expect(accepted.status).toBe(200)
      const totals = accepted.data.quote.totals
      const order = await orderOf(accepted.data.order.id)
      measured.push(
        `${label}: quote total ${totals.total} (tax ${totals.tax_total}, promotions ${totals.promotion_total}, shipping ${totals.shipping_total}) · order total ${order.total} (tax ${order.tax_total}, discount ${order.discount_total}, shipping ${order.shipping_total}) ${store.region.currency_code.toUpperCase()}`
      )
      return { quote: accepted.data.quote, totals, order }
    }

    /** A store-wide automatic promotion: 10 % off every item. */
    async function automaticTenPercentOff(code: string) {
      await createPromotionsWorkflow(getContainer()).run({
        input: {
          promotionsData: [
            {
              code,
              type: "standard",
              status: "active",
              is_automatic: true,
              application_method: {
                type: "percentage",
                target_type: "items",
                allocation: "each",
                max_quantity: 1000,
                value: 10,
              },
            },
          ],
        },
      })
    }

    const digitsOf = (currency: string) =>
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
        .maximumFractionDigits as number
    const rounded = (value: number, currency: string) =>
      Number(Number(value).toFixed(digitsOf(currency)))

    function expectAgreement(
      totals: { total: number; tax_total: number },
      order: { currency_code: string; total: number; tax_total: number }
    ) {
      const currency = order.currency_code.toUpperCase()
      expect(rounded(order.total, currency)).toBe(totals.total)
      expect(rounded(order.tax_total, currency)).toBe(totals.tax_total)
    }

    it("charges Medusa's tax for where it ships, with discounts, options and shipping (USD)", async () => {
      const store = await createStore(getContainer())
      await createTaxRegion(getContainer(), "us", 8.875)
      const shipping = await createShippingOption(getContainer(), store, 25)
      const { quote, totals, order } = await acceptAndCompare(
        "USD 8.875%, discounts, option, flat shipping",
        store,
        [
          {
            variant_id: store.variants[0].id,
            title: "Printer P1",
            quantity: 3,
            unit_price: 1234.56,
            discount_percent: 7.5,
          },
          { title: "Installation", quantity: 1, unit_price: 333.33 },
          {
            title: "Toner",
            quantity: 7,
            unit_price: 19.99,
            discount_percent: 15,
            is_optional: true,
          },
          { title: "Warranty", quantity: 1, unit_price: 99, is_optional: true },
        ],
        { shipping_option_id: shipping.id, selected: ["Toner"] }
      )
      expectAgreement(totals, order)
      expect(totals.tax_total).toBeGreaterThan(0)
      expect(totals.shipping_total).toBe(25)
      // The quote shows each line's rate; the order can be fulfilled as created.
      expect(quote.items.find((i: Line) => i.title === "Installation").tax_lines).toEqual([
        expect.objectContaining({ rate: 8.875 }),
      ])
      expect(order.shipping_address).toMatchObject({
        address_1: "1 Main Street",
        country_code: "us",
      })
      expect(order.shipping_methods).toEqual([
        expect.objectContaining({ shipping_option_id: shipping.id, name: shipping.name }),
      ])
      expect(
        order.items.every((item: { is_tax_inclusive: boolean }) => !item.is_tax_inclusive)
      ).toBe(true)
    })

    it("includes a store-wide automatic promotion the way the order applies it", async () => {
      const store = await createStore(getContainer())
      await createTaxRegion(getContainer(), "us", 10)
      await automaticTenPercentOff("EVERYONE10")
      const { totals, order } = await acceptAndCompare("USD 10%, automatic 10% promotion", store, [
        { title: "Printer", quantity: 2, unit_price: 999.99 },
        { title: "Cable", quantity: 3, unit_price: 12.35 },
      ])
      expect(totals.promotion_total).toBeGreaterThan(0)
      expectAgreement(totals, order)
    })

    it.each([
      [
        "jpy",
        "jp",
        10,
        [
          { title: "Lathe", quantity: 3, unit_price: 123457, discount_percent: 7 },
          { title: "Oil", quantity: 11, unit_price: 333 },
        ],
      ],
      [
        "kwd",
        "kw",
        5,
        [
          { title: "Pump", quantity: 3, unit_price: 12.345, discount_percent: 3 },
          { title: "Seal", quantity: 7, unit_price: 0.777 },
        ],
      ],
    ] as const)("agrees to the minor unit in %s", async (currency, country, rate, items) => {
      const store = await createStore(getContainer(), currency, country)
      await createTaxRegion(getContainer(), country, rate)
      const shipping = await createShippingOption(
        getContainer(),
        store,
        currency === "jpy" ? 1500 : 2.5,
        [country]
      )
      const { totals, order } = await acceptAndCompare(
        `${currency.toUpperCase()} ${rate}%, discount, flat shipping`,
        store,
        items as unknown as Line[],
        { shipping_option_id: shipping.id }
      )
      expectAgreement(totals, order)
    })

    it("uses the freight staff entered and taxes the address the buyer picks at acceptance", async () => {
      const store = await createStore(getContainer())
      const us = await createTaxRegion(getContainer(), "us", 5)
      await createTaxRegion(getContainer(), "us", 9.5, { province_code: "us-ca", parent_id: us.id })
      const shipping = await createShippingOption(getContainer(), store, 25)
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const [west] = await customers.createCustomerAddresses([
        {
          customer_id: store.customer.id,
          address_1: "9 Ocean Drive",
          city: "San Diego",
          postal_code: "92101",
          province: "us-ca",
          country_code: "us",
        },
      ])
      const { totals, order } = await acceptAndCompare(
        "USD buyer ships to CA 9.5%, freight 180",
        store,
        [{ title: "Compressor", quantity: 1, unit_price: 4000 }],
        { shipping_option_id: shipping.id, shipping_amount: 180, shipping_address_id: west.id }
      )
      expectAgreement(totals, order)
      // 9.5% of 4,000 + 180, not the 5% of the default address.
      expect(totals.tax_total).toBe(397.1)
      expect(totals.shipping_total).toBe(180)
      expect(order.shipping_address).toMatchObject({
        address_1: "9 Ocean Drive",
        province: "us-ca",
      })
    })

    it("carries freight without a shipping option to the order, taxed as the order taxes it", async () => {
      const store = await createStore(getContainer())
      await createTaxRegion(getContainer(), "us", 8)
      const { totals, order } = await acceptAndCompare(
        "USD 8%, freight 25 without a shipping option",
        store,
        [{ title: "Valve", quantity: 1, unit_price: 99.3 }],
        { shipping_amount: 25 }
      )
      expectAgreement(totals, order)
      expect(totals.shipping_total).toBe(25)
      // 8% of 99.30 + 25: the freight is taxed at the region's rate, on the quote as on the order.
      expect(totals.tax_total).toBe(9.94)
      expect(order.shipping_methods).toEqual([
        expect.objectContaining({ shipping_option_id: null, name: "Shipping" }),
      ])
      expect(rounded(order.shipping_total, "USD")).toBe(27)
    })

    it("keeps the freight staff enter when they take a quote's shipping option away", async () => {
      const store = await createStore(getContainer())
      const shipping = await createShippingOption(getContainer(), store, 25)
      const created = await api.post(
        "/admin/portal/quotes",
        quoteBody(store, { shipping_option_id: shipping.id }),
        admin
      )
      const updated = await api.post(
        `/admin/portal/quotes/${created.data.quote.id}`,
        { shipping_option_id: null, shipping_amount: 40 },
        admin
      )
      expect(updated.data.quote).toMatchObject({ shipping_option_id: null, shipping_amount: 40 })
      expect(updated.data.quote.totals.shipping_total).toBe(40)
    })

    it("accepts at the price the buyer saw; if promotions changed since, refuses and shows the new price", async () => {
      const store = await createStore(getContainer())
      await createTaxRegion(getContainer(), "us", 10)
      const { token } = await createSentQuote(api, admin, store, {
        items: [{ title: "Press", quantity: 2, unit_price: 500 }],
      })
      const seen = await api.get(link(token), store.storeHeaders)
      expect(seen.data.quote.totals).toMatchObject({ promotion_total: 0, total: 1100 })
      // An automatic promotion begins after the quote was priced and sent.
      await automaticTenPercentOff("LATE10")

      const refused = await settle(
        api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      )
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/changed since it was priced/)
      const reloaded = await api.get(link(token), store.storeHeaders)
      expect(reloaded.data.quote.status).not.toBe("accepted")
      expect(reloaded.data.quote.order ?? null).toBeNull()
      expect(reloaded.data.quote.totals).toMatchObject({ promotion_total: 100, total: 990 })

      const accepted = await api.post(
        link(token, "/accept"),
        { selected_item_ids: [] },
        store.storeHeaders
      )
      expect(accepted.data.quote.totals.total).toBe(990)
      expectAgreement(accepted.data.quote.totals, await orderOf(accepted.data.order.id))
    })

    it("reprices when the buyer picks another address before accepting", async () => {
      const store = await createStore(getContainer())
      const us = await createTaxRegion(getContainer(), "us", 5)
      await createTaxRegion(getContainer(), "us", 9.5, { province_code: "us-ca", parent_id: us.id })
      const [west] = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomerAddresses([
          {
            customer_id: store.customer.id,
            address_1: "9 Ocean Drive",
            province: "us-ca",
            country_code: "us",
          },
        ])
      const { token } = await createSentQuote(api, admin, store, {
        items: [{ title: "Compressor", quantity: 1, unit_price: 4000 }],
      })
      const before = await api.get(link(token), store.storeHeaders)
      expect(before.data.quote.totals.tax_total).toBe(200)
      expect(before.data.quote.customer.addresses).toHaveLength(2)

      const picked = await api.post(
        link(token, "/selection"),
        { selected_item_ids: [], shipping_address_id: west.id },
        store.storeHeaders
      )
      expect(picked.data.totals).toMatchObject({ tax_total: 380, total: 4380 })
      expect(picked.data.quote.shipping_address).toMatchObject({ address_1: "9 Ocean Drive" })
    })

    it("refuses an address of another customer and changes nothing", async () => {
      const store = await createStore(getContainer())
      const customers = getContainer().resolve(Modules.CUSTOMER)
      const other = await customers.createCustomers({ email: "other@example.com" })
      const [elsewhere] = await customers.createCustomerAddresses([
        { customer_id: other.id, address_1: "1 Elsewhere", country_code: "us" },
      ])
      const { token } = await createSentQuote(api, admin, store)
      const refused = await api
        .post(
          link(token, "/accept"),
          { selected_item_ids: [], shipping_address_id: elsewhere.id },
          store.storeHeaders
        )
        .catch((error) => error.response)
      expect(refused.status).toBe(404)
      const view = await api.get(link(token), store.storeHeaders)
      expect(view.data.quote.status).toBe("viewed")
      expect(view.data.quote.order ?? null).toBeNull()
      expect(view.data.quote.shipping_address).toMatchObject({ address_1: "1 Main Street" })
    })

    it("agrees when the quote is signed rather than clicked", async () => {
      const store = await createStore(getContainer())
      await createTaxRegion(getContainer(), "us", 7.25)
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const { token } = await createSentQuote(api, admin, store, {
        agreement_template_id: template.data.agreement_template.id,
        items: [
          { title: "Service plan", quantity: 12, unit_price: 149.95, discount_percent: 12.5 },
        ],
      })
      const signed = await api.post(link(token, "/sign"), signBody(), store.storeHeaders)
      expect(signed.status).toBe(200)
      const order = await orderOf(signed.data.order.id)
      measured.push(
        `USD 7.25% signed: quote total ${signed.data.quote.totals.total} · order total ${order.total}`
      )
      expectAgreement(signed.data.quote.totals, order)
    })
  },
})
