import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import expireQuotesJob from "../../src/jobs/expire-quotes"
import { QUOTE_MODULE } from "../../src/modules/quote"
import type QuoteModuleService from "../../src/modules/quote/service"
import {
  countOrders,
  createAdminUser,
  createSentQuote,
  createTaxRegion,
  createStockedVariant,
  createStore,
  Headers,
  itemNamed,
  settle,
  snapshotQuote,
  Store,
  quoteLink as link,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const NEUTRAL_404 = "This quote link is not valid. Ask the sender for a new one."

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let adminUserId: string
    let store: Store

    const quotes = () => getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)

    beforeEach(async () => {
      const container = getContainer()
      const created = await createAdminUser(container)
      admin = created.headers
      adminUserId = created.user.id
      store = await createStore(container)
    })

    describe("opening a link", () => {
      it("shows the buyer the quote with totals and no internal data, and marks it viewed", async () => {
        await createTaxRegion(getContainer(), "us", 10)
        const { token } = await createSentQuote(api, admin, store, {
          internal_note: "margin is thin",
        })
        const res = await api.get(link(token), store.storeHeaders)

        expect(res.status).toBe(200)
        expect(res.headers["referrer-policy"]).toBe("no-referrer")
        expect(res.headers["cache-control"]).toBe("no-store")
        const quote = res.data.quote
        expect(quote).toMatchObject({ status: "viewed", can_respond: true, terms: "Net 30." })
        expect(quote.number).toMatch(/^Q-\d{4}$/)
        expect(quote.internal_note).toBeUndefined()
        expect(quote.assigned_user_ids).toBeUndefined()
        for (const internalId of [
          "customer_id",
          "region_id",
          "sales_channel_id",
          "agreement_template_id",
          "order_id",
        ]) {
          expect(quote).not.toHaveProperty(internalId)
        }
        expect(quote.customer).toMatchObject({ email: "buyer@acme.test", company_name: "Acme" })
        expect(quote.customer).not.toHaveProperty("id")
        // 2 × 1000 + 250 + 1500 (pre-selected optional), plus Medusa's 10% US tax
        expect(quote.totals).toMatchObject({ subtotal: 3750, tax_total: 375, total: 4125 })
        expect(quote.items.map((i: { title: string }) => i.title)).toEqual([
          "Printer P1",
          "Installation",
          "Printer P2",
          "Extended warranty",
        ])
        expect(res.data.branding.name).toEqual(expect.any(String))
      })

      it("records a viewed event and tells assigned staff at most once a day", async () => {
        const { quote, token } = await createSentQuote(api, admin, store, {
          assigned_user_ids: [adminUserId],
        })
        await api.get(link(token), store.storeHeaders)
        await api.get(link(token), store.storeHeaders)
        await api.get(link(token), store.storeHeaders)

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const alerts = await waitFor(async () => {
          const found = await notifications.listNotifications({
            to: "admin@example.com",
            template: "portal-staff-quote-viewed",
          })
          return found.length ? found : null
        })
        expect(alerts).toHaveLength(1)
        const snapshot = await snapshotQuote(getContainer(), quote.id)
        expect(snapshot.events.filter((e: { type: string }) => e.type === "viewed")).toHaveLength(1)
      })

      it.each([
        ["an unknown token", "A".repeat(43)],
        ["a malformed token", "not-a-token"],
      ])("answers %s with a neutral 404", async (_label, token) => {
        const res = await settle(api.get(link(token), store.storeHeaders))
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(NEUTRAL_404)
        expect(res.headers["cache-control"]).toBe("no-store")
      })

      it("answers a revoked link with the same neutral 404", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        await api.post(`/admin/portal/quotes/${quote.id}/link/revoke`, {}, admin)
        const res = await settle(api.get(link(token), store.storeHeaders))
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(NEUTRAL_404)
      })

      it("answers an expired link with the same neutral 404", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const [live] = await quotes().listPortalQuoteLinks({ quote_id: quote.id })
        await quotes().updatePortalQuoteLinks({
          id: live.id,
          expires_at: new Date(Date.now() - 1000),
        })
        const res = await settle(api.get(link(token), store.storeHeaders))
        expect(res.status).toBe(404)
        expect(res.data.message).toBe(NEUTRAL_404)
      })

      it("stops the old link working when a quote is re-sent", async () => {
        const first = await createSentQuote(api, admin, store)
        const resent = await api.post(`/admin/portal/quotes/${first.quote.id}/send`, {}, admin)
        const newToken = resent.data.link.url.split("/q/")[1]
        expect((await settle(api.get(link(first.token), store.storeHeaders))).status).toBe(404)
        expect((await api.get(link(newToken), store.storeHeaders)).status).toBe(200)
      })

      it("opens one quote per token", async () => {
        const a = await createSentQuote(api, admin, store)
        const b = await createSentQuote(api, admin, store)
        expect((await api.get(link(a.token), store.storeHeaders)).data.quote.id).toBe(a.quote.id)
        expect((await api.get(link(b.token), store.storeHeaders)).data.quote.id).toBe(b.quote.id)
      })
    })

    describe("choosing optional items", () => {
      it("recomputes the totals from the selection and records the change", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const warranty = itemNamed(quote, "Extended warranty")
        const res = await api.post(
          link(token, "/selection"),
          { selected_item_ids: [warranty.id] },
          store.storeHeaders
        )
        // Printer P2 (1500) off, warranty (300) on
        expect(res.data.totals.total).toBe(2000 + 250 + 300)
        const stored = await snapshotQuote(getContainer(), quote.id)
        expect(stored.items.find((i: { id: string }) => i.id === warranty.id).is_selected).toBe(
          true
        )
        expect(stored.events.map((e: { type: string }) => e.type)).toContain("selection_changed")
      })

      it.each([
        [
          "a required item",
          (q: { items: { id: string; title: string }[] }) =>
            itemNamed(q as never, "Installation").id,
        ],
        ["an unknown id", () => "quoitem_doesnotexist"],
      ])("refuses %s with 400 and changes nothing", async (_label, pick) => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const before = await snapshotQuote(getContainer(), quote.id)
        const res = await settle(
          api.post(
            link(token, "/selection"),
            { selected_item_ids: [pick(quote)] },
            store.storeHeaders
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/optional items/)
        expect(await snapshotQuote(getContainer(), quote.id)).toEqual(before)
      })

      it("refuses an optional item of another quote", async () => {
        const mine = await createSentQuote(api, admin, store)
        const other = await createSentQuote(api, admin, store)
        const foreign = itemNamed(other.quote, "Extended warranty").id
        const res = await settle(
          api.post(
            link(mine.token, "/selection"),
            { selected_item_ids: [foreign] },
            store.storeHeaders
          )
        )
        expect(res.status).toBe(400)
        const otherAfter = await snapshotQuote(getContainer(), other.quote.id)
        expect(otherAfter.items.find((i: { id: string }) => i.id === foreign).is_selected).toBe(
          false
        )
      })

      it.each([
        ["malformed JSON", "{not json", { "content-type": "application/json" }],
        ["a missing list", {}, {}],
        ["an unexpected field", { selected_item_ids: [], total: 1 }, {}],
      ])("answers %s with 400", async (_label, body, headers) => {
        const { token } = await createSentQuote(api, admin, store)
        const res = await settle(
          api.post(link(token, "/selection"), body, {
            headers: { ...store.storeHeaders.headers, ...headers },
          })
        )
        expect(res.status).toBe(400)
      })
    })

    describe("accepting", () => {
      it("creates one order with the required and selected lines at the quote's prices", async () => {
        const { quote, token } = await createSentQuote(api, admin, store, {
          items: [
            {
              variant_id: store.variants[0].id,
              title: "Printer P1",
              quantity: 2,
              unit_price: 900,
              discount_percent: 10,
            },
            { title: "Installation", quantity: 1, unit_price: 250 },
            {
              variant_id: store.variants[1].id,
              title: "Printer P2",
              quantity: 1,
              unit_price: 1400,
              is_optional: true,
              is_selected: true,
            },
            { title: "Extended warranty", quantity: 1, unit_price: 300, is_optional: true },
          ],
        })
        const placed: string[] = []
        getContainer()
          .resolve(Modules.EVENT_BUS)
          .subscribe("order.placed", async (event) => {
            placed.push((event.data as { id: string }).id)
          })
        const warranty = itemNamed(quote, "Extended warranty")
        const res = await api.post(
          link(token, "/accept"),
          { selected_item_ids: [warranty.id] },
          store.storeHeaders
        )

        expect(res.data.quote.status).toBe("accepted")
        expect(res.data.quote.can_respond).toBe(false)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "customer_id",
            "region_id",
            "currency_code",
            "sales_channel_id",
            "email",
            "total",
            "items.*",
            "portal_quote.id",
          ],
          filters: { id: res.data.order.id },
        })
        const order = orders[0]
        expect(order).toMatchObject({
          customer_id: store.customer.id,
          region_id: store.region.id,
          currency_code: "usd",
          sales_channel_id: store.salesChannel.id,
          email: "buyer@acme.test",
        })
        expect(order.portal_quote.id).toBe(quote.id)
        const lines = order.items
          .map((i: { title: string; quantity: number; unit_price: number }) => [
            i.title,
            Number(i.quantity),
            Number(i.unit_price),
          ])
          .sort()
        expect(lines).toEqual([
          ["Extended warranty", 1, 300],
          ["Installation", 1, 250],
          ["Printer P1", 2, 810],
        ])
        expect(Number(order.total)).toBe(res.data.quote.totals.total)
        expect(await countOrders(getContainer())).toBe(1)
        // Checkout's own event, so the store's order confirmations run for quotes too.
        expect(await waitFor(async () => (placed.length ? placed : null))).toEqual([order.id])
      })

      it("refuses a second accept with 409 and keeps one order", async () => {
        const { token } = await createSentQuote(api, admin, store)
        await api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        const again = await settle(
          api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        )
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/accepted/)
        expect(await countOrders(getContainer())).toBe(1)
      })

      it("creates exactly one order when accept is sent 20 times at once", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const results = await Promise.all(
          Array.from({ length: 20 }, () =>
            settle(api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders))
          )
        )
        const statuses = results.map((r) => r.status).sort()
        expect(statuses.filter((s) => s === 200)).toHaveLength(1)
        expect(statuses.filter((s) => s === 409)).toHaveLength(19)
        expect(await countOrders(getContainer())).toBe(1)
        const snapshot = await snapshotQuote(getContainer(), quote.id)
        expect(
          snapshot.events.filter((e: { type: string }) => e.type === "order_created")
        ).toHaveLength(1)
      })

      it("refuses to accept after valid_until with 409, even before the expiry job runs", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        await quotes().updatePortalQuotes({
          id: quote.id,
          valid_until: new Date(Date.now() - 60_000),
        })
        const res = await settle(
          api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        )
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/expired/)
        expect(await countOrders(getContainer())).toBe(0)
        const view = await api.get(link(token), store.storeHeaders)
        expect(view.data.quote).toMatchObject({ status: "expired", can_respond: false })
      })

      it("refuses to accept when nothing at all is selected", async () => {
        const { token } = await createSentQuote(api, admin, store, {
          items: [{ title: "Optional only", quantity: 1, unit_price: 10, is_optional: true }],
        })
        const res = await settle(
          api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        )
        expect(res.status).toBe(400)
        expect(await countOrders(getContainer())).toBe(0)
      })

      it("reserves the stock of lines whose variants manage inventory, as checkout does", async () => {
        const stocked = await createStockedVariant(getContainer(), store, 10)
        const { token } = await createSentQuote(api, admin, store, {
          items: [
            { variant_id: stocked.variant.id, title: "Toner", quantity: 3, unit_price: 80 },
            {
              variant_id: store.variants[0].id,
              title: "Printer P1",
              quantity: 1,
              unit_price: 1000,
            },
            { title: "Installation", quantity: 1, unit_price: 250 },
          ],
        })
        const res = await api.post(
          link(token, "/accept"),
          { selected_item_ids: [] },
          store.storeHeaders
        )

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: [
            "items.id",
            "items.variant_id",
            "items.product_title",
            "items.variant_title",
            "items.variant_sku",
            "items.product_handle",
          ],
          filters: { id: res.data.order.id },
        })
        const toner = orders[0].items!.find((i) => i!.variant_id === stocked.variant.id)!
        // The line keeps its product and variant as checkout's line does.
        expect(toner).toMatchObject({
          product_title: "Toner Cartridge",
          variant_title: "Black",
          variant_sku: "TONER-BLACK",
        })
        expect(toner.product_handle).toBeTruthy()
        const inventory = getContainer().resolve(Modules.INVENTORY)
        // Only the toner: the printer does not manage inventory and installation has no variant.
        const reservations = await inventory.listReservationItems({})
        expect(reservations).toHaveLength(1)
        expect(reservations[0]).toMatchObject({
          line_item_id: toner.id,
          inventory_item_id: stocked.inventoryItemId,
          location_id: stocked.locationId,
        })
        expect(Number(reservations[0].quantity)).toBe(3)
        const [level] = await inventory.listInventoryLevels({
          inventory_item_id: stocked.inventoryItemId,
          location_id: stocked.locationId,
        })
        expect(Number(level.reserved_quantity)).toBe(3)
        expect(Number(level.stocked_quantity)).toBe(10)
      })

      it("refuses more than the store holds, as checkout does, and makes no order", async () => {
        const stocked = await createStockedVariant(getContainer(), store, 2)
        const { token } = await createSentQuote(api, admin, store, {
          items: [{ variant_id: stocked.variant.id, title: "Toner", quantity: 3, unit_price: 80 }],
        })
        const res = await settle(
          api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/stock/i)
        expect(await countOrders(getContainer())).toBe(0)
        const view = await api.get(link(token), store.storeHeaders)
        expect(view.data.quote.status).not.toBe("accepted")
        const inventory = getContainer().resolve(Modules.INVENTORY)
        expect(await inventory.listReservationItems({})).toHaveLength(0)
      })
    })

    describe("expiry", () => {
      it("the scheduled job marks open quotes past valid_until as expired", async () => {
        const due = await createSentQuote(api, admin, store)
        const current = await createSentQuote(api, admin, store)
        await quotes().updatePortalQuotes({
          id: due.quote.id,
          valid_until: new Date(Date.now() - 1000),
        })

        await expireQuotesJob(getContainer())

        expect((await snapshotQuote(getContainer(), due.quote.id)).status).toBe("expired")
        expect((await snapshotQuote(getContainer(), current.quote.id)).status).toBe("sent")
        const events = (await snapshotQuote(getContainer(), due.quote.id)).events
        expect(events.map((e: { type: string }) => e.type)).toContain("expired")
      })
    })

    describe("declining", () => {
      it("records the reason and closes the quote", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const res = await api.post(
          link(token, "/decline"),
          { reason: "Found a cheaper <b>offer</b>" },
          store.storeHeaders
        )
        expect(res.data.quote).toMatchObject({
          status: "declined",
          decline_reason: "Found a cheaper <b>offer</b>",
        })
        const snapshot = await snapshotQuote(getContainer(), quote.id)
        const declined = snapshot.events.find((e: { type: string }) => e.type === "declined")
        expect(declined.data).toEqual({ reason: "Found a cheaper <b>offer</b>" })
        const accept = await settle(
          api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
        )
        expect(accept.status).toBe(409)
      })

      it.each([
        ["without a reason", {}],
        ["with a blank reason", { reason: "   " }],
        ["with a reason over 2,000 characters", { reason: "x".repeat(2001) }],
      ])("refuses to decline %s and changes nothing", async (_label, body) => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const before = await snapshotQuote(getContainer(), quote.id)
        const res = await settle(api.post(link(token, "/decline"), body, store.storeHeaders))
        expect(res.status).toBe(400)
        expect(await snapshotQuote(getContainer(), quote.id)).toEqual(before)
      })
    })

    describe("questions", () => {
      it("keeps the thread in order and alerts assigned staff of a buyer's question", async () => {
        const { quote, token } = await createSentQuote(api, admin, store, {
          assigned_user_ids: [adminUserId],
        })
        const asked = await api.post(
          link(token, "/messages"),
          { body: "Can you deliver <script>alert(1)</script> by May?", author_name: "Bea" },
          store.storeHeaders
        )
        expect(asked.status).toBe(201)
        await api.post(`/admin/portal/quotes/${quote.id}/messages`, { body: "Yes, we can." }, admin)

        const thread = await api.get(link(token, "/messages"), store.storeHeaders)
        expect(
          thread.data.messages.map((m: { author_type: string; body: string }) => [
            m.author_type,
            m.body,
          ])
        ).toEqual([
          ["customer", "Can you deliver <script>alert(1)</script> by May?"],
          ["staff", "Yes, we can."],
        ])
        expect(thread.headers["cache-control"]).toBe("no-store")

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const alerts = await waitFor(async () => {
          const found = await notifications.listNotifications({
            template: "portal-staff-quote-message",
          })
          return found.length ? found : null
        })
        expect(alerts.map((n: { to: string }) => n.to)).toEqual(["admin@example.com"])
      })

      it("refuses an empty message", async () => {
        const { token } = await createSentQuote(api, admin, store)
        const res = await settle(
          api.post(link(token, "/messages"), { body: " " }, store.storeHeaders)
        )
        expect(res.status).toBe(400)
      })
    })
  },
})

/** Subscribers run after the response; poll briefly for their effect. */
async function waitFor<T>(probe: () => Promise<T | null>, attempts = 50): Promise<T> {
  for (let i = 0; i < attempts; i++) {
    const value = await probe()
    if (value) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("condition not met in time")
}
