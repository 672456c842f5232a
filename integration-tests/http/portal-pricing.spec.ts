import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow, createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import BigNumber from "bignumber.js"
import { lineTotals, netUnitAmount } from "../../src/shared/catalog"
import {
  asMember,
  createAdminUser,
  createStore,
  createTaxRegion,
  enablePaymentProviders,
  type Headers,
  portalAccounts,
} from "../helpers/fixtures"

jest.setTimeout(600_000)

const SETTINGS = "/admin/portal/settings"
const COMPANIES = "/admin/portal/companies"
const BLANKET_CODE = "PORTAL-DISCOUNT"

/** The bolt's tiers per currency: a price from 1, another from 10 (odd cents, to round). */
const TIERS: Record<string, Array<{ amount: number; min_quantity?: number }>> = {
  usd: [{ amount: 33.33 }, { amount: 29.99, min_quantity: 10 }],
  eur: [{ amount: 41.17 }, { amount: 37.77, min_quantity: 10 }],
}
const QUANTITIES = [1, 9, 10]
/** The quantities whose catalog line is checked against a cart line (why these: in the test). */
const LINE_QUANTITIES = [1, 2, 5, 9, 10, 11, 15, 19, 99, 100]
const tierAt = (currency: string, quantity: number) =>
  quantity >= 10 ? TIERS[currency][1].amount : TIERS[currency][0].amount

/** The combination rule (README): the tier price, less the blanket %, less the company % of the rest. */
const expectedNet = (currency: string, quantity: number, blanket: number, company: number) =>
  new BigNumber(tierAt(currency, quantity))
    .times(1 - blanket / 100)
    .times(1 - company / 100)
    .decimalPlaces(2, BigNumber.ROUND_HALF_UP)
    .toNumber()

type CartItem = {
  id: string
  unit_price: number
  quantity: number
  adjustments?: Array<{ amount: number }>
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    it("prices the catalog and the cart alike for the active company, with Medusa's promotions", async () => {
      const container = getContainer()
      const admin: Headers = (await createAdminUser(container)).headers
      const store = await createStore(container)
      const {
        result: [eur],
      } = await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"] }] },
      })
      const regions: Record<string, string> = { usd: store.region.id, eur: eur.id }
      const channel = (await api.get(SETTINGS, admin)).data.portal_channel
      const {
        result: [bolt],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Hex Bolt",
              status: "published",
              options: [{ title: "Size", values: ["M8"] }],
              sales_channels: [{ id: channel.sales_channel.id }],
              variants: [
                {
                  title: "M8",
                  sku: "BOLT-M8",
                  manage_inventory: false,
                  options: { Size: "M8" },
                  prices: Object.entries(TIERS).flatMap(([currency_code, tiers]) =>
                    tiers.map((tier) => ({ ...tier, currency_code }))
                  ),
                },
              ],
            },
          ],
        },
      })
      const variantId = bolt.variants[0].id

      // Acme has a 15 % discount, Rival none; one contact acts for both.
      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      const acme = await company("Acme")
      const rival = await company("Rival")
      await api.post(`${COMPANIES}/${acme.id}`, { discount_percent: 15 }, admin)
      const viewers = await team("Catalog", ["catalog.view"])
      const buyer = await contact("pricing@acme.test")
      await addMember(acme.id, buyer.id, [viewers.id])
      await addMember(rival.id, buyer.id, [viewers.id])
      const as = (companyId: string) => asMember(store, buyer.token, companyId)
      const cartHeaders = {
        headers: {
          authorization: `Bearer ${buyer.token}`,
          "x-publishable-api-key": channel.publishable_key.token as string,
        },
      }

      const catalogNet = async (companyId: string, currency: string, quantity: number) => {
        const res = await api.get(
          `/store/portal/products/${bolt.id}?region_id=${regions[currency]}&quantity=${quantity}`,
          as(companyId)
        )
        return res.data.product.variants[0].price as { amount: number; net_amount: number }
      }
      const cartLine = async (cartId: string) => {
        const res = await api.get(
          `/store/carts/${cartId}?fields=*items,*items.adjustments`,
          cartHeaders
        )
        const item = res.data.cart.items[0] as CartItem
        const adjusted = (item.adjustments ?? []).reduce((sum, a) => sum + Number(a.amount), 0)
        return { item, adjusted }
      }
      /** A portal cart for the company, one line of the bolt. */
      const newCart = async (companyId: string, currency: string, quantity: number) => {
        const cart = (await api.post("/store/carts", { region_id: regions[currency] }, cartHeaders))
          .data.cart
        await api.post("/store/portal/cart-company", { cart_id: cart.id }, as(companyId))
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: variantId, quantity },
          cartHeaders
        )
        return cart.id as string
      }

      /** For each currency and quantity: catalog net == cart unit price − adjustment per unit == the rule. */
      const checkMatrix = async (companyId: string, blanket: number, companyPercent: number) => {
        const rows: string[] = []
        for (const currency of Object.keys(TIERS)) {
          const cartId = await newCart(companyId, currency, QUANTITIES[0])
          for (const quantity of QUANTITIES) {
            const { item: current } = await cartLine(cartId)
            if (current.quantity !== quantity) {
              await api.post(
                `/store/carts/${cartId}/line-items/${current.id}`,
                { quantity },
                cartHeaders
              )
            }
            const price = await catalogNet(companyId, currency, quantity)
            const { item, adjusted } = await cartLine(cartId)
            const cartNet = netUnitAmount(item.unit_price, item.quantity, adjusted, currency)
            const want = expectedNet(currency, quantity, blanket, companyPercent)
            rows.push(
              `${currency} ×${quantity} blanket ${blanket}% company ${companyPercent}%: ` +
                `tier ${price.amount}/${item.unit_price} net ${price.net_amount}/${cartNet}/${want}`
            )
            expect({ currency, quantity, tier: price.amount, catalog: price.net_amount }).toEqual({
              currency,
              quantity,
              tier: tierAt(currency, quantity),
              catalog: want,
            })
            expect({ currency, quantity, unit: item.unit_price, cart: cartNet }).toEqual({
              currency,
              quantity,
              unit: tierAt(currency, quantity),
              cart: want,
            })
          }
        }
        return rows
      }

      const promotionByCode = async (code: string) => {
        const [promotion] = await container
          .resolve(Modules.PROMOTION)
          .listPromotions({ code }, { relations: ["application_method", "rules", "rules.values"] })
        return promotion
      }

      // none (Rival) / company (Acme), then blanket (Rival) / both (Acme).
      const matrix = [
        ...(await checkMatrix(rival.id, 0, 0)),
        ...(await checkMatrix(acme.id, 0, 15)),
      ]
      expect((await api.post(SETTINGS, { portal_discount_percent: 10 }, admin)).status).toBe(200)
      matrix.push(...(await checkMatrix(rival.id, 10, 0)), ...(await checkMatrix(acme.id, 10, 15)))
      console.log(`portal price matrix (catalog/cart/rule):\n${matrix.join("\n")}`)

      // The catalog's line for N (what "N × price" reads) is the cart line's
      // pre-tax total for N, across the price break at 10 with the blanket and
      // company discounts stacked: at 1 and 100, at the break (9, 10, 11), and in
      // each tier where rounding once parts in cents from rounding per unit (2)
      // and from rounding each discount apart (5 and 9; 11, 15, 19 and 100). The
      // other N of 1 to 100 only repeat these cases.
      // Four carts in parallel, each through every fourth quantity.
      const lanes = 4
      const lineCarts = await Promise.all(
        Array.from({ length: lanes }, async (_, lane) => {
          const cartId = await newCart(acme.id, "usd", LINE_QUANTITIES[lane])
          return { cartId, lineId: (await cartLine(cartId)).item.id }
        })
      )
      await Promise.all(
        lineCarts.map(async ({ cartId, lineId }, lane) => {
          for (const quantity of LINE_QUANTITIES.filter((_, i) => i % lanes === lane)) {
            const [, catalogRes] = await Promise.all([
              api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, cartHeaders),
              api.get(
                `/store/portal/products/${bolt.id}?region_id=${regions.usd}&quantity=${quantity}`,
                as(acme.id)
              ),
            ])
            const { item, adjusted } = await cartLine(cartId)
            const cart = lineTotals(
              {
                unit_price: item.unit_price,
                quantity: item.quantity,
                adjustment_total: adjusted,
              },
              "usd"
            )
            expect(catalogRes.data.product.variants[0].line).toEqual({ ...cart, quantity })
          }
        })
      )

      // A quote requested from a portal cart keeps its prices and discounts (issue 20):
      // its total is the cart's (9 × 33.33, less the blanket 10 % and Acme's 15 %, taxed
      // at the same address), and so is the order made from it when staff send it
      // unchanged and the member accepts. The requester is also a contact of Third
      // (5 %): an Acme quote carries Acme's discount only.
      await createTaxRegion(container, "us", 7.25)
      await enablePaymentProviders(container, store.region.id)
      await api.post(SETTINGS, { allow_quote_requests: true }, admin)
      const third = await company("Third")
      await api.post(`${COMPANIES}/${third.id}`, { discount_percent: 5 }, admin)
      const quoters = await team("Quotes", [
        "catalog.view",
        "quotes.view",
        "quotes.request",
        "quotes.accept",
      ])
      const requester = await contact("quotes@acme.test")
      await addMember(acme.id, requester.id, [quoters.id])
      await addMember(third.id, requester.id, [quoters.id])
      const requesterCart = {
        headers: { ...cartHeaders.headers, authorization: `Bearer ${requester.token}` },
      }
      const address = {
        first_name: "Pat",
        last_name: "Buyer",
        address_1: "1 Main Street",
        city: "Columbus",
        province: "oh",
        postal_code: "43215",
        country_code: "us",
      }
      await api.post(
        "/store/customers/me/addresses",
        { ...address, is_default_shipping: true },
        requesterCart
      )
      const quoteCart = (
        await api.post(
          "/store/carts",
          { region_id: regions.usd, shipping_address: address },
          requesterCart
        )
      ).data.cart.id as string
      const asRequester = asMember(store, requester.token, acme.id)
      await api.post("/store/portal/cart-company", { cart_id: quoteCart }, asRequester)
      await api.post(
        `/store/carts/${quoteCart}/line-items`,
        { variant_id: variantId, quantity: 9 },
        requesterCart
      )
      const cartTotal = Number(
        (await api.get(`/store/carts/${quoteCart}?fields=total`, requesterCart)).data.cart.total
      )
      const cents = (amount: number) => Math.round(amount * 100)
      const discounted = new BigNumber(33.33).times(9).times(0.9).times(0.85)
      expect(cents(cartTotal)).toBe(cents(discounted.times(1.0725).toNumber()))
      const requested = await api.post(
        "/store/portal/quote-requests",
        { cart_id: quoteCart },
        asRequester
      )
      const quoteId = requested.data.quote.id as string
      const staffQuote = (await api.get(`/admin/portal/quotes/${quoteId}`, admin)).data.quote
      expect(cents(staffQuote.totals.total)).toBe(cents(cartTotal))
      await api.post(`/admin/portal/quotes/${quoteId}/take-up`, {}, admin)
      await api.post(`/admin/portal/quotes/${quoteId}/send`, {}, admin)
      const accepted = await api.post(
        `/store/portal/quotes/${quoteId}/accept`,
        { selected_item_ids: [] },
        asRequester
      )
      const order = (await api.get(`/admin/orders/${accepted.data.order.id}?fields=total`, admin))
        .data.order
      expect(cents(Number(order.total))).toBe(cents(cartTotal))
      // Third leaves the portal so the promotion checks below see Acme and Rival only.
      await api.post(`${COMPANIES}/${third.id}`, { allow_portal: false }, admin)

      // Medusa's automatic promotions carry the discounts, ruled by customer group.
      const blanket = await promotionByCode(BLANKET_CODE)
      expect(blanket).toMatchObject({ is_automatic: true, status: "active", type: "standard" })
      expect(blanket.application_method).toMatchObject({
        type: "percentage",
        target_type: "items",
        allocation: "across",
        value: 10,
      })
      const blanketGroups = () =>
        promotionByCode(BLANKET_CODE).then((promotion) =>
          (promotion.rules ?? [])
            .find((rule) => rule.attribute === "customer.groups.id")!
            .values!.map((value) => value.value)
            .sort()
        )
      expect(await blanketGroups()).toEqual(
        [acme.customer_group_id, rival.customer_group_id].sort()
      )
      const acmePromotion = await promotionByCode(`PORTAL-DISCOUNT-${acme.id}`)
      expect(acmePromotion).toMatchObject({ is_automatic: true, status: "active" })
      expect(acmePromotion.application_method).toMatchObject({ value: 15 })

      // A cart acting for Acme, then switched to Rival: Rival's price, in the cart too.
      const switched = await newCart(acme.id, "usd", 10)
      expect((await cartLine(switched)).adjusted).toBeCloseTo(29.99 * 10 * (1 - 0.9 * 0.85), 6)
      await api.post("/store/portal/cart-company", { cart_id: switched }, as(rival.id))
      const afterSwitch = await cartLine(switched)
      expect(netUnitAmount(afterSwitch.item.unit_price, 10, afterSwitch.adjusted, "usd")).toBe(
        expectedNet("usd", 10, 10, 0)
      )

      // Only the caller's own cart: another customer's is the same 404 as none.
      const other = await contact("other@rival.test")
      await addMember(rival.id, other.id, [viewers.id])
      const notTheirs = await api
        .post(
          "/store/portal/cart-company",
          { cart_id: switched },
          asMember(store, other.token, rival.id)
        )
        .catch((error) => error.response)
      expect(notTheirs.status).toBe(404)

      // Changing the blanket discount updates Medusa's promotion.
      await api.post(SETTINGS, { portal_discount_percent: 20 }, admin)
      expect((await promotionByCode(BLANKET_CODE)).application_method).toMatchObject({ value: 20 })
      expect((await catalogNet(rival.id, "eur", 1)).net_amount).toBe(expectedNet("eur", 1, 20, 0))

      // Acme's portal access withdrawn: its promotion is off and its group leaves the blanket rule.
      const acmeCart = await newCart(acme.id, "eur", 10)
      expect((await cartLine(acmeCart)).adjusted).toBeGreaterThan(0)
      await api.post(`${COMPANIES}/${acme.id}`, { allow_portal: false }, admin)
      expect((await promotionByCode(`PORTAL-DISCOUNT-${acme.id}`)).status).toBe("inactive")
      expect(await blanketGroups()).toEqual([rival.customer_group_id])
      const { item: line } = await cartLine(acmeCart)
      await api.post(
        `/store/carts/${acmeCart}/line-items/${line.id}`,
        { quantity: 11 },
        cartHeaders
      )
      expect((await cartLine(acmeCart)).adjusted).toBe(0)

      // Portal discounts apply in the portal's sales channel only, by a rule on each
      // promotion (issue 20): a portal cart moved to another channel (Medusa's cart
      // route takes a sales_channel_id from anyone) keeps its binding and its
      // customer's group, and loses the discount.
      const channelRule = async (code: string) =>
        ((await promotionByCode(code)).rules ?? [])
          .filter((rule) => rule.attribute === "sales_channel_id")
          .map((rule) => ({
            operator: rule.operator,
            values: rule.values!.map((value) => value.value),
          }))
      const portalOnly = [{ operator: "in", values: [channel.sales_channel.id] }]
      expect(await channelRule(BLANKET_CODE)).toEqual(portalOnly)
      expect(await channelRule(`PORTAL-DISCOUNT-${acme.id}`)).toEqual(portalOnly)
      const rivalCart = await newCart(rival.id, "usd", 10)
      expect((await cartLine(rivalCart)).adjusted).toBeGreaterThan(0)
      await api.post(
        `/store/carts/${rivalCart}`,
        { sales_channel_id: store.salesChannel.id },
        cartHeaders
      )
      const movedOut = (await api.get(`/store/carts/${rivalCart}`, cartHeaders)).data.cart
      expect(movedOut.sales_channel_id).toBe(store.salesChannel.id)
      expect((await cartLine(rivalCart)).adjusted).toBe(0)
      // Moved back, the discount returns: the rule is the only difference.
      await api.post(
        `/store/carts/${rivalCart}`,
        { sales_channel_id: channel.sales_channel.id },
        cartHeaders
      )
      expect((await cartLine(rivalCart)).adjusted).toBeGreaterThan(0)

      // A promotion made before the rule existed (an existing install) gets it at the
      // next sync, once.
      const promotionModule = container.resolve(Modules.PROMOTION)
      const blanketNow = await promotionByCode(BLANKET_CODE)
      await promotionModule.removePromotionRules(
        blanketNow.id,
        (blanketNow.rules ?? [])
          .filter((rule) => rule.attribute === "sales_channel_id")
          .map((rule) => rule.id)
      )
      expect(await channelRule(BLANKET_CODE)).toEqual([])
      await api.post(SETTINGS, { portal_discount_percent: 20 }, admin)
      expect(await channelRule(BLANKET_CODE)).toEqual(portalOnly)
      await api.post(SETTINGS, { portal_discount_percent: 20 }, admin)
      expect(await channelRule(BLANKET_CODE)).toEqual(portalOnly)

      // Running the sync again changes nothing and creates nothing twice.
      const count = async () =>
        (
          await container.resolve(Modules.PROMOTION).listPromotions({
            code: [BLANKET_CODE, `PORTAL-DISCOUNT-${acme.id}`, `PORTAL-DISCOUNT-${rival.id}`],
          })
        ).length
      await api.post(SETTINGS, { portal_discount_percent: 20 }, admin)
      expect(await count()).toBe(2)
    })
  },
})
