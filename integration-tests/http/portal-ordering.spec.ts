import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import CompanyOrderLink from "../../src/links/company-order"
import { PORTAL_MODULE } from "../../src/modules/portal"
import type PortalModuleService from "../../src/modules/portal/service"
import {
  asMember,
  createAdminUser,
  createCustomerToken,
  createShippingOption,
  createStore,
  enablePaymentProviders,
  type Headers,
  portalAccounts,
  settle,
  type Store,
  waitFor,
} from "../helpers/fixtures"

jest.setTimeout(300_000)

const SETTINGS = "/admin/portal/settings"
const COMPANIES = "/admin/portal/companies"
const ADMIN_QUOTES = "/admin/portal/quotes"

/**
 * Quote requests and the place-order gate (issue 13, points 6 and 7;
 * docs/ARCHITECTURE.md, "Quote requests" and "Placing orders"), on one server
 * seeded once: a member's portal cart becomes a requested quote staff take up,
 * price and send, and the member accepts; Medusa's own cart completion refuses
 * portal carts for each reason and places the order for the allowed contact;
 * a cart stays with the company the gate approved (issue 20, point 4).
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    it("turns a portal cart into a quote request and gates placing orders", async () => {
      const container = getContainer()
      const admin: Headers = (await createAdminUser(container)).headers
      const sales = await createAdminUser(container, "sales@example.com")
      const store = await createStore(container)
      await enablePaymentProviders(container, store.region.id)
      const channel = (await api.get(SETTINGS, admin)).data.portal_channel
      const portalChannel = channel.sales_channel as { id: string }
      const portalKey = channel.publishable_key.token as string
      const {
        result: [bolt],
      } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Hex Bolt",
              status: "published",
              options: [{ title: "Size", values: ["M8"] }],
              sales_channels: [{ id: portalChannel.id }],
              variants: [
                {
                  title: "M8",
                  sku: "BOLT-M8",
                  manage_inventory: false,
                  options: { Size: "M8" },
                  prices: [{ amount: 25, currency_code: "usd" }],
                },
              ],
            },
          ],
        },
      })
      const variantId = bolt.variants[0].id
      const shipping = await createShippingOption(
        container,
        { ...store, salesChannel: portalChannel } as Store,
        10
      )
      const saveSettings = (changes: Record<string, unknown>) =>
        api.post(SETTINGS, changes, admin).then((res) => expect(res.status).toBe(200))
      const alertTo = (template: string) => ({
        user_ids: [sales.user.id],
        staff_group_ids: [],
        template,
      })
      await saveSettings({
        allow_quote_requests: true,
        notification_recipients: {
          quote_requested: alertTo("ops-quote-requested"),
          order_placed: alertTo("ops-order-placed"),
        },
      })

      // Acme: the buyer (store.customer, with a shipping address) may do everything;
      // a viewer may not place orders; a disabled contact. Rival: the buyer too.
      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      const acme = await company("Acme")
      const rival = await company("Rival")
      const everything = await team("Buyers", [
        "catalog.view",
        "quotes.view",
        "quotes.accept",
        "quotes.request",
        "orders.view",
        "orders.place",
      ])
      const browsers = await team("Browsers", ["catalog.view", "quotes.request", "orders.view"])
      const buyerToken = await createCustomerToken(
        container,
        store.customer.id,
        store.customer.email
      )
      await addMember(acme.id, store.customer.id, [everything.id])
      await addMember(rival.id, store.customer.id, [everything.id])
      const viewer = await contact("viewer@acme.test")
      await addMember(acme.id, viewer.id, [browsers.id])
      const gone = await contact("gone@acme.test")
      const goneMember = await addMember(acme.id, gone.id, [everything.id])
      const buyer = asMember(store, buyerToken, acme.id)
      // No token: anyone who knows the cart id, signed in as no one.
      const cartHeaders = (token?: string) => ({
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          "x-publishable-api-key": portalKey,
        },
      })

      /** A portal cart of the contact for the company, one line of bolts, ready to pay. */
      const portalCart = async (token: string, companyId: string, quantity = 3) => {
        const headers = cartHeaders(token)
        const cart = (await api.post("/store/carts", { region_id: store.region.id }, headers)).data
          .cart
        const set = await api.post(
          "/store/portal/cart-company",
          { cart_id: cart.id },
          asMember(store, token, companyId)
        )
        expect(set.status).toBe(200)
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: variantId, quantity },
          headers
        )
        return cart.id as string
      }
      const readyToPay = async (token: string | undefined, cartId: string, email: string) => {
        const headers = cartHeaders(token)
        await api.post(
          `/store/carts/${cartId}`,
          {
            // Their own: a cart given another customer's email moves to that customer (Medusa).
            email,
            shipping_address: {
              first_name: "Bea",
              last_name: "Buyer",
              address_1: "1 Main Street",
              city: "Springfield",
              postal_code: "62701",
              country_code: "us",
            },
          },
          headers
        )
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: shipping.id },
          headers
        )
        const collection = (
          await api.post("/store/payment-collections", { cart_id: cartId }, headers)
        ).data.payment_collection
        await api.post(
          `/store/payment-collections/${collection.id}/payment-sessions`,
          { provider_id: "pp_system_default" },
          headers
        )
      }
      const complete = (token: string | undefined, cartId: string) =>
        settle(api.post(`/store/carts/${cartId}/complete`, {}, cartHeaders(token)))
      const notifications = container.resolve(Modules.NOTIFICATION)
      const alertsWith = (template: string) =>
        waitFor(async () => {
          const found = await notifications.listNotifications({ to: "sales@example.com", template })
          return found.length ? found : null
        })

      // ---- Quote requests (point 6) ----
      const requestCart = await portalCart(buyerToken, acme.id, 4)
      const request = (body: Record<string, unknown>, headers = buyer) =>
        settle(api.post("/store/portal/quote-requests", body, headers))

      // Someone else's cart, or the cart acting for another company: the same 404.
      expect(
        (await request({ cart_id: requestCart }, asMember(store, viewer.token, acme.id))).status
      ).toBe(404)
      expect(
        (await request({ cart_id: requestCart }, asMember(store, buyerToken, rival.id))).status
      ).toBe(404)
      // The setting off: a clear 403.
      await saveSettings({ allow_quote_requests: false })
      const off = await request({ cart_id: requestCart })
      expect(off.status).toBe(403)
      expect(off.data.message).toMatch(/Quote requests are turned off/)
      await saveSettings({ allow_quote_requests: true })

      const requested = await request({ cart_id: requestCart, note: "  Need these by Friday.  " })
      expect(requested.status).toBe(201)
      const quoteId = requested.data.quote.id as string
      expect(requested.data.quote.status).toBe("requested")

      // The member sees it, awaiting the merchant, and cannot accept it.
      const listed = await api.get("/store/portal/quotes?status=requested", buyer)
      expect(listed.data.quotes.map((q: { id: string }) => q.id)).toEqual([quoteId])
      const mine = (await api.get(`/store/portal/quotes/${quoteId}`, buyer)).data.quote
      expect(mine).toMatchObject({ status: "requested", currency_code: "usd" })
      expect(mine.items).toEqual([
        expect.objectContaining({ title: "Hex Bolt", quantity: 4, unit_price: 25 }),
      ])
      const early = await settle(
        api.post(`/store/portal/quotes/${quoteId}/accept`, { selected_item_ids: [] }, buyer)
      )
      expect(early.status).toBe(409)

      // Staff are alerted, see the note as the first message and the sane actions.
      const [requestAlert] = await alertsWith("ops-quote-requested")
      expect(requestAlert.data).toMatchObject({ quote_id: quoteId })
      const staffView = (await api.get(`${ADMIN_QUOTES}/${quoteId}`, admin)).data.quote
      expect(staffView).toMatchObject({
        status: "requested",
        company_id: acme.id,
        customer_id: store.customer.id,
        region_id: store.region.id,
        sales_channel_id: portalChannel.id,
        actions: { edit: false, send: false, cancel: true, take_up: true },
      })
      const thread = (await api.get(`${ADMIN_QUOTES}/${quoteId}/messages`, admin)).data.messages
      expect(thread).toEqual([
        expect.objectContaining({ author_type: "customer", body: "Need these by Friday." }),
      ])
      // Not sendable before it is taken up.
      expect((await settle(api.post(`${ADMIN_QUOTES}/${quoteId}/send`, {}, admin))).status).toBe(
        409
      )

      // Staff take it up, price it and send it; the member accepts; an order for Acme.
      const taken = await api.post(`${ADMIN_QUOTES}/${quoteId}/take-up`, {}, admin)
      expect(taken.data.quote).toMatchObject({ status: "draft", actions: { take_up: false } })
      expect((await settle(api.post(`${ADMIN_QUOTES}/${quoteId}/take-up`, {}, admin))).status).toBe(
        409
      )
      // Taken up, the request stays with the member, being prepared, until it is sent.
      const preparing = {
        id: quoteId,
        status: "requested",
        being_prepared: true,
        can_respond: false,
      }
      for (const path of ["", "?status=requested"]) {
        const list = (await api.get(`/store/portal/quotes${path}`, buyer)).data.quotes
        expect(list.filter((q: { id: string }) => q.id === quoteId)).toEqual([
          expect.objectContaining(preparing),
        ])
      }
      expect((await api.get(`/store/portal/quotes/${quoteId}`, buyer)).data.quote).toMatchObject(
        preparing
      )
      const itemId = taken.data.quote.items[0].id as string
      const priced = await api.post(
        `${ADMIN_QUOTES}/${quoteId}/items/${itemId}`,
        { unit_price: 22 },
        admin
      )
      expect(priced.status).toBe(200)
      expect((await api.post(`${ADMIN_QUOTES}/${quoteId}/send`, {}, admin)).status).toBe(200)
      const accepted = await api.post(
        `/store/portal/quotes/${quoteId}/accept`,
        { selected_item_ids: [] },
        buyer
      )
      expect(accepted.status).toBe(200)
      expect(accepted.data.quote.status).toBe("accepted")
      const quoteOrderId = accepted.data.order.id as string
      const quoteOrders = await api.get("/store/portal/orders", buyer)
      expect(quoteOrders.data.orders.map((o: { id: string }) => o.id)).toContain(quoteOrderId)

      // ---- The place-order gate (point 7), through Medusa's own complete route ----
      const refusal = async (
        token: string | undefined,
        cartId: string,
        status: number,
        message: RegExp
      ) => {
        const res = await complete(token, cartId)
        expect({ status: res.status, message: res.data.message }).toEqual({
          status,
          message: expect.stringMatching(message),
        })
      }
      const buyerCart = await portalCart(buyerToken, acme.id)
      await readyToPay(buyerToken, buyerCart, store.customer.email)

      // Setting off (the default).
      await refusal(buyerToken, buyerCart, 400, /Placing orders is turned off/)
      // On Medusa's own route too, the refusal is in the contact's language, keyed.
      await api.post("/store/portal/me", { language: "de" }, cartHeaders(buyerToken))
      expect((await complete(buyerToken, buyerCart)).data).toEqual({
        type: "not_allowed",
        code: "cart.ordering_off",
        message:
          "Bestellungen sind im Portal ausgeschaltet; fordern Sie stattdessen ein Angebot an",
      })
      await api.post("/store/portal/me", { language: null }, cartHeaders(buyerToken))
      // Hidden prices (which also turn placing orders off).
      await saveSettings({ hide_prices: true })
      await refusal(buyerToken, buyerCart, 400, /Prices are hidden/)
      // Meanwhile a request carries no price for staff to see (the member saw none);
      // the cart is left as it is and is completed below.
      const hidden = await request({ cart_id: buyerCart })
      expect(hidden.status).toBe(201)
      const hiddenView = (await api.get(`${ADMIN_QUOTES}/${hidden.data.quote.id}`, admin)).data
        .quote
      expect(hiddenView.items).toEqual([
        expect.objectContaining({ title: "Hex Bolt", quantity: 3, unit_price: 0 }),
      ])
      await saveSettings({ hide_prices: false, allow_place_order: true })

      // No orders.place in the viewer's teams.
      const viewerCart = await portalCart(viewer.token, acme.id)
      await readyToPay(viewer.token, viewerCart, "viewer@acme.test")
      await refusal(viewer.token, viewerCart, 403, /do not allow placing orders \(orders\.place\)/)

      // A contact disabled after building the cart.
      const goneCart = await portalCart(gone.token, acme.id)
      await readyToPay(gone.token, goneCart, "gone@acme.test")
      await api.post(
        `${COMPANIES}/${acme.id}/members/${goneMember.id}`,
        { status: "disabled" },
        admin
      )
      await refusal(gone.token, goneCart, 403, /not an active portal contact/)

      // The viewer (no orders.place) builds a cart, then anyone with its id gives it the
      // buyer's email: Medusa moves it to the buyer, who may order. The binding still
      // names the viewer, so it is refused and no order is made.
      const movedCart = await portalCart(viewer.token, acme.id)
      await readyToPay(undefined, movedCart, store.customer.email)
      const moved = (await api.get(`/store/carts/${movedCart}`, cartHeaders())).data.cart
      expect(moved.customer_id).toBe(store.customer.id)
      const ordersBefore = (await api.get("/admin/orders?limit=1", admin)).data.count
      await refusal(undefined, movedCart, 403, /set up by another customer/)
      await refusal(buyerToken, movedCart, 403, /set up by another customer/)
      expect((await api.get("/admin/orders?limit=1", admin)).data.count).toBe(ordersBefore)
      // Nor may the buyer take it over: it is the viewer's binding.
      const takeOver = await settle(
        api.post("/store/portal/cart-company", { cart_id: movedCart }, buyer)
      )
      expect(takeOver.status).toBe(409)

      // Another company's id written into the metadata by hand (Medusa's cart route takes
      // it, from anyone): it decides nothing. The buyer, a member of both, cannot request
      // a quote for Rival with it, and the order below is Acme's.
      await api.post(
        `/store/carts/${buyerCart}`,
        { metadata: { portal_company_id: rival.id } },
        cartHeaders()
      )
      expect(
        (await request({ cart_id: buyerCart }, asMember(store, buyerToken, rival.id))).status
      ).toBe(404)

      // Allowed: the order is placed, linked to Acme and announced.
      const placed = await complete(buyerToken, buyerCart)
      expect(placed.status).toBe(200)
      expect(placed.data.type).toBe("order")
      const orderId = placed.data.order.id as string
      await waitFor(async () => {
        const res = await api.get("/store/portal/orders", buyer)
        return res.data.orders.some((o: { id: string }) => o.id === orderId) ? true : null
      })
      const rivalOrders = await api.get(
        "/store/portal/orders",
        asMember(store, buyerToken, rival.id)
      )
      expect(rivalOrders.data.orders.map((o: { id: string }) => o.id)).not.toContain(orderId)
      const [orderAlert] = await alertsWith("ops-order-placed")
      expect(orderAlert.data).toMatchObject({ order_id: orderId, company_id: acme.id })

      // ---- A cart stays with the company that approved it (issue 20, point 4) ----
      const portalModule = container.resolve<PortalModuleService>(PORTAL_MODULE)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const bindingRow = async (cartId: string) =>
        (await portalModule.listPortalCarts({ cart_id: cartId }))[0] ?? null
      const rebind = (cartId: string, companyId: string) =>
        settle(
          api.post(
            "/store/portal/cart-company",
            { cart_id: cartId },
            asMember(store, buyerToken, companyId)
          )
        )
      /** The company the order is linked to, once the order-placed subscriber has run. */
      const orderCompany = (id: string) =>
        waitFor(async () => {
          const { data } = await query.graph({
            entity: CompanyOrderLink.entryPoint,
            fields: ["portal_company_id"],
            filters: { order_id: id },
          })
          return data.length === 1
            ? (data[0] as { portal_company_id: string }).portal_company_id
            : null
        })
      const orderAlertFor = (id: string) =>
        waitFor(async () => {
          const found = await notifications.listNotifications({
            to: "sales@example.com",
            template: "ops-order-placed",
          })
          return found.find((alert) => alert.data?.order_id === id) ?? null
        })

      // A completed cart: re-binding it to Rival is refused and changes nothing.
      const completedRow = await bindingRow(buyerCart)
      expect(completedRow).toMatchObject({ company_id: acme.id, approved_company_id: acme.id })
      const late = await rebind(buyerCart, rival.id)
      expect({ status: late.status, message: late.data.message }).toEqual({
        status: 409,
        message: expect.stringMatching(/already been placed as an order/),
      })
      expect(await bindingRow(buyerCart)).toEqual(completedRow)
      expect(await orderCompany(orderId)).toBe(acme.id)

      // A cart being completed (Medusa's completion holds the cart's lock, keyed by
      // its id): the re-binding waits for it, is refused, and changes nothing.
      const busyCart = await portalCart(buyerToken, acme.id)
      const busyRow = await bindingRow(busyCart)
      const locking = container.resolve(Modules.LOCKING)
      await locking.acquire(busyCart, { expire: 60 })
      try {
        const busy = await rebind(busyCart, rival.id)
        expect({ status: busy.status, message: busy.data.message }).toEqual({
          status: 409,
          message: expect.stringMatching(/being completed or changed/),
        })
      } finally {
        await locking.release(busyCart)
      }
      expect(await bindingRow(busyCart)).toEqual(busyRow)

      // A cart under the merchant's own key, in its own sales channel: refused, no row.
      const ownCart = (
        await api.post(
          "/store/carts",
          { region_id: store.region.id },
          { headers: { ...store.storeHeaders.headers, authorization: `Bearer ${buyerToken}` } }
        )
      ).data.cart
      expect(ownCart.sales_channel_id).toBe(store.salesChannel.id)
      const foreign = await rebind(ownCart.id, acme.id)
      expect({ status: foreign.status, message: foreign.data.message }).toEqual({
        status: 400,
        message: expect.stringMatching(/not in the portal's sales channel/),
      })
      expect(await bindingRow(ownCart.id)).toBeNull()

      // A bound portal cart moved to another channel (Medusa's cart route takes a
      // sales_channel_id from anyone with the cart id): not re-bound, not ordered.
      const movedOut = await portalCart(buyerToken, acme.id)
      await readyToPay(buyerToken, movedOut, store.customer.email)
      await api.post(
        `/store/carts/${movedOut}`,
        { sales_channel_id: store.salesChannel.id },
        cartHeaders(buyerToken)
      )
      // The move refreshed the payment collection; pay again, so the gate is what refuses.
      const movedCollection = (
        await api.post("/store/payment-collections", { cart_id: movedOut }, cartHeaders(buyerToken))
      ).data.payment_collection
      await api.post(
        `/store/payment-collections/${movedCollection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        cartHeaders(buyerToken)
      )
      const movedRow = await bindingRow(movedOut)
      expect((await rebind(movedOut, rival.id)).status).toBe(400)
      expect(await bindingRow(movedOut)).toEqual(movedRow)
      const ordersBeforeMoved = (await api.get("/admin/orders?limit=1", admin)).data.count
      await refusal(buyerToken, movedOut, 400, /no longer in the portal's sales channel/)
      expect((await api.get("/admin/orders?limit=1", admin)).data.count).toBe(ordersBeforeMoved)

      // A re-binding racing the completion: whichever comes first, the order is filed
      // under the company the gate approved, and the staff alert names it. The
      // binding wins only by coming first (200), and the gate then approves Rival.
      const outcomes: string[] = []
      for (let round = 0; round < 4; round++) {
        const raceCart = await portalCart(buyerToken, acme.id)
        await readyToPay(buyerToken, raceCart, store.customer.email)
        const [placedRace, bound] = await Promise.all([
          complete(buyerToken, raceCart),
          rebind(raceCart, rival.id),
        ])
        expect(placedRace.data.type).toBe("order")
        expect([200, 409]).toContain(bound.status)
        const approved = bound.status === 200 ? rival.id : acme.id
        const raceOrder = placedRace.data.order.id as string
        const row = await bindingRow(raceCart)
        expect({ company: row?.company_id, approved: row?.approved_company_id }).toEqual({
          company: approved,
          approved,
        })
        expect(await orderCompany(raceOrder)).toBe(approved)
        expect((await orderAlertFor(raceOrder)).data).toMatchObject({ company_id: approved })
        outcomes.push(bound.status === 200 ? "bound first" : "refused")
      }
      console.log(`re-bind racing completion: ${outcomes.join(", ")}`)
    })
  },
})
