import { createHash } from "node:crypto"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { QUOTE_MODULE } from "../../src/modules/quote"
import type QuoteModuleService from "../../src/modules/quote/service"
import {
  createAdminUser,
  createCustomerToken,
  createSentQuote,
  createStore,
  Headers,
  itemNamed,
  quoteBody,
  settle,
  snapshotQuote,
  Store,
  tokenOf,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const PORTAL_URL = "https://portal.merchant.test"

medusaIntegrationTestRunner({
  inApp: true,
  env: { PORTAL_URL },
  testSuite: ({ api, getContainer, dbConnection }) => {
    let admin: Headers
    let store: Store
    const QUOTES = "/admin/portal/quotes"

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    describe("who may call the admin API", () => {
      it("refuses a caller without a session with 401", async () => {
        const res = await settle(api.get(QUOTES))
        expect(res.status).toBe(401)
      })

      it("refuses a logged-in customer with 401", async () => {
        const token = await createCustomerToken(
          getContainer(),
          store.customer.id,
          "buyer@acme.test"
        )
        const list = await settle(
          api.get(QUOTES, { headers: { authorization: `Bearer ${token}` } })
        )
        expect(list.status).toBe(401)
        const create = await settle(
          api.post(QUOTES, quoteBody(store), { headers: { authorization: `Bearer ${token}` } })
        )
        expect(create.status).toBe(401)
        expect(
          await getContainer().resolve<QuoteModuleService>(QUOTE_MODULE).listPortalQuotes()
        ).toHaveLength(0)
      })
    })

    describe("creating", () => {
      it("creates a draft with numbered quote, variant details and totals", async () => {
        const res = await api.post(QUOTES, quoteBody(store, { deposit_percent: 30 }), admin)
        expect(res.status).toBe(201)
        const quote = res.data.quote
        expect(quote).toMatchObject({
          status: "draft",
          currency_code: "usd",
          customer_email: "buyer@acme.test",
        })
        expect(quote.number).toMatch(/^Q-\d{4,}$/)
        expect(itemNamed(quote, "Printer P1")).toMatchObject({
          sku: "PRINTER-P1",
          is_selected: true,
        })
        expect(itemNamed(quote, "Extended warranty")).toMatchObject({
          is_optional: true,
          is_selected: false,
        })
        expect(quote.totals).toMatchObject({ total: 3750, deposit_due: 1125 })
        expect(quote.events.map((e: { type: string }) => e.type)).toEqual(["created"])
      })

      it("numbers quotes one after another", async () => {
        const a = await api.post(QUOTES, quoteBody(store), admin)
        const b = await api.post(QUOTES, quoteBody(store), admin)
        expect(b.data.quote.display_number).toBe(a.data.quote.display_number + 1)
      })

      it.each([
        ["malformed JSON", "{oops", 400],
        ["no customer", { customer_id: undefined }, 400],
        ["a bad currency", { customer_id: "cus_x", currency_code: "dollars" }, 400],
        ["both deposit kinds", { deposit_percent: 10, deposit_amount: 100 }, 400],
        ["an unknown field", { total: 1 }, 400],
        ["a negative price", { items: [{ title: "x", quantity: 1, unit_price: -1 }] }, 400],
        ["a zero quantity", { items: [{ title: "x", quantity: 0, unit_price: 1 }] }, 400],
        ["an unknown customer", { customer_id: "cus_unknown" }, 404],
        [
          "an unknown variant",
          { items: [{ variant_id: "variant_unknown", title: "x", quantity: 1, unit_price: 1 }] },
          404,
        ],
      ])("refuses %s and stores nothing", async (_label, body, status) => {
        const payload = typeof body === "string" ? body : { ...quoteBody(store), ...body }
        const res = await settle(
          api.post(QUOTES, payload, {
            headers: { ...admin.headers, "content-type": "application/json" },
          })
        )
        expect(res.status).toBe(status)
        expect(res.data.message).toEqual(expect.any(String))
        const quotes = getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)
        expect(await quotes.listPortalQuotes()).toHaveLength(0)
        expect(await quotes.listPortalQuoteItems()).toHaveLength(0)
      })

      it("refuses a region that charges in another currency", async () => {
        const res = await settle(
          api.post(QUOTES, quoteBody(store, { currency_code: "eur" }), admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/charges in usd/)
      })
    })

    describe("listing", () => {
      it("filters by status and customer, searches number and email, and paginates", async () => {
        const first = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        const { quote: sent } = await createSentQuote(api, admin, store)
        await api.post(QUOTES, quoteBody(store), admin)

        const byStatus = await api.get(`${QUOTES}?status=sent`, admin)
        expect(byStatus.data.quotes.map((q: { id: string }) => q.id)).toEqual([sent.id])

        const byNumber = await api.get(`${QUOTES}?q=${first.number}`, admin)
        expect(byNumber.data.quotes.map((q: { id: string }) => q.id)).toEqual([first.id])

        const byEmail = await api.get(`${QUOTES}?q=ACME.test`, admin)
        expect(byEmail.data.count).toBe(3)
        const noMatch = await api.get(`${QUOTES}?q=nobody@else`, admin)
        expect(noMatch.data.count).toBe(0)

        const byCustomer = await api.get(
          `${QUOTES}?customer_id=${store.customer.id}&limit=2&offset=0`,
          admin
        )
        expect(byCustomer.data).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(byCustomer.data.quotes).toHaveLength(2)
        expect(byCustomer.data.quotes[0].totals.total).toEqual(expect.any(Number))

        const fields = await api.get(`${QUOTES}?fields=id,status`, admin)
        expect(Object.keys(fields.data.quotes[0]).sort()).toEqual(["id", "status"])

        const bad = await settle(api.get(`${QUOTES}?status=bogus`, admin))
        expect(bad.status).toBe(400)
      })
    })

    describe("editing", () => {
      it("updates terms and items of a draft and records it on the timeline", async () => {
        const quote = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        await api.post(`${QUOTES}/${quote.id}`, { terms: "Net 60.", deposit_amount: 500 }, admin)
        await api.post(
          `${QUOTES}/${quote.id}/items`,
          { items: [{ title: "Training", quantity: 2, unit_price: 100 }] },
          admin
        )
        const installation = itemNamed(quote, "Installation")
        await api.post(`${QUOTES}/${quote.id}/items/${installation.id}`, { unit_price: 200 }, admin)
        const warranty = itemNamed(quote, "Extended warranty")
        await api.delete(`${QUOTES}/${quote.id}/items/${warranty.id}`, admin)

        const updated = (await api.get(`${QUOTES}/${quote.id}`, admin)).data.quote
        expect(updated).toMatchObject({ terms: "Net 60.", deposit_amount: 500 })
        expect(updated.items.map((i: { title: string }) => i.title)).toEqual([
          "Printer P1",
          "Installation",
          "Printer P2",
          "Training",
        ])
        expect(updated.totals.total).toBe(2000 + 200 + 1500 + 200)
        expect(updated.events.filter((e: { type: string }) => e.type === "updated")).toHaveLength(4)
      })

      it("answers 404 for an item of another quote", async () => {
        const mine = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        const other = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        const foreign = itemNamed(other, "Installation").id
        const before = await snapshotQuote(getContainer(), other.id)
        const res = await settle(
          api.post(`${QUOTES}/${mine.id}/items/${foreign}`, { unit_price: 1 }, admin)
        )
        expect(res.status).toBe(404)
        const del = await settle(api.delete(`${QUOTES}/${mine.id}/items/${foreign}`, admin))
        expect(del.status).toBe(404)
        expect(await snapshotQuote(getContainer(), other.id)).toEqual(before)
      })

      it("freezes the quote and its items once accepted (409, nothing changes)", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        await api.post(
          `/store/portal/quote-links/${token}/accept`,
          { selected_item_ids: [] },
          store.storeHeaders
        )
        const before = await snapshotQuote(getContainer(), quote.id)
        const item = itemNamed(quote, "Installation")

        const attempts = await Promise.all([
          settle(api.post(`${QUOTES}/${quote.id}`, { terms: "changed" }, admin)),
          settle(
            api.post(
              `${QUOTES}/${quote.id}/items`,
              { items: [{ title: "x", quantity: 1, unit_price: 1 }] },
              admin
            )
          ),
          settle(api.post(`${QUOTES}/${quote.id}/items/${item.id}`, { unit_price: 1 }, admin)),
          settle(api.delete(`${QUOTES}/${quote.id}/items/${item.id}`, admin)),
          settle(api.post(`${QUOTES}/${quote.id}/cancel`, {}, admin)),
          settle(api.post(`${QUOTES}/${quote.id}/send`, {}, admin)),
        ])
        for (const res of attempts) {
          expect(res.status).toBe(409)
          expect(res.data.message).toMatch(/accepted/)
        }
        expect(await snapshotQuote(getContainer(), quote.id)).toEqual(before)
      })
    })

    describe("sending", () => {
      it("issues a link on the configured portal URL, emails it, and stores only its hash", async () => {
        const quote = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        const res = await api.post(
          `${QUOTES}/${quote.id}/send`,
          {},
          {
            headers: { ...admin.headers, host: "evil.example", "x-forwarded-host": "evil.example" },
          }
        )
        expect(res.data.quote.status).toBe("sent")
        expect(res.data.link.url.startsWith(`${PORTAL_URL}/q/`)).toBe(true)
        expect(new Date(res.data.link.expires_at).getTime()).toBeGreaterThan(Date.now())
        const token = tokenOf(res.data.link.url)
        expect(Buffer.from(token, "base64url")).toHaveLength(32)

        // The raw token is nowhere in the link table; its SHA-256 is.
        const rows = await dbConnection.raw("SELECT * FROM portal_quote_link")
        const dump = JSON.stringify(rows.rows)
        expect(dump).not.toContain(token)
        expect(dump).toContain(createHash("sha256").update(token).digest("hex"))
        // Nor does the admin API ever show it again.
        expect(JSON.stringify((await api.get(`${QUOTES}/${quote.id}`, admin)).data)).not.toContain(
          token
        )

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const emails = await notifications.listNotifications({
          to: "buyer@acme.test",
          template: "portal-quote-sent",
        })
        expect(emails).toHaveLength(1)
        // The link travels in the email's content, which Medusa never stores.
        expect(emails[0].data).toMatchObject({ quote_number: quote.number })
        expect(JSON.stringify(emails[0])).not.toContain(token)
      })

      it("refuses to send a quote without items", async () => {
        const quote = (await api.post(QUOTES, quoteBody(store, { items: [] }), admin)).data.quote
        const res = await settle(api.post(`${QUOTES}/${quote.id}/send`, {}, admin))
        expect(res.status).toBe(400)
        expect((await snapshotQuote(getContainer(), quote.id)).status).toBe("draft")
      })

      it("answers 404 for an unknown quote", async () => {
        const res = await settle(api.post(`${QUOTES}/quo_unknown/send`, {}, admin))
        expect(res.status).toBe(404)
      })
    })

    describe("revoking, cancelling, duplicating", () => {
      it("revoking the link keeps the quote but kills the token", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const res = await api.post(`${QUOTES}/${quote.id}/link/revoke`, {}, admin)
        expect(res.data.quote.status).toBe("sent")
        expect(res.data.quote.links.every((l: { revoked_at: string | null }) => l.revoked_at)).toBe(
          true
        )
        expect(
          (await settle(api.get(`/store/portal/quote-links/${token}`, store.storeHeaders))).status
        ).toBe(404)
      })

      it("cancelling closes the quote and its link; cancelling twice is a 409", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        const res = await api.post(`${QUOTES}/${quote.id}/cancel`, {}, admin)
        expect(res.data.quote.status).toBe("cancelled")
        expect(
          (await settle(api.get(`/store/portal/quote-links/${token}`, store.storeHeaders))).status
        ).toBe(404)
        const again = await settle(api.post(`${QUOTES}/${quote.id}/cancel`, {}, admin))
        expect(again.status).toBe(409)
      })

      it("re-quotes a declined quote as a new draft with the same lines", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        await api.post(
          `/store/portal/quote-links/${token}/decline`,
          { reason: "Too expensive" },
          store.storeHeaders
        )
        const res = await api.post(`${QUOTES}/${quote.id}/duplicate`, {}, admin)
        expect(res.status).toBe(201)
        const copy = res.data.quote
        expect(copy.id).not.toBe(quote.id)
        expect(copy).toMatchObject({
          status: "draft",
          valid_until: null,
          customer_id: store.customer.id,
        })
        expect(copy.items.map((i: { title: string }) => i.title)).toEqual(
          quote.items.map((i: { title: string }) => i.title)
        )
        expect(copy.totals.total).toBe(quote.totals.total)
      })

      it("refuses to duplicate a quote that is still open", async () => {
        const { quote } = await createSentQuote(api, admin, store)
        const res = await settle(api.post(`${QUOTES}/${quote.id}/duplicate`, {}, admin))
        expect(res.status).toBe(409)
      })
    })

    describe("messages", () => {
      it("lets staff reply and lists the thread oldest first", async () => {
        const { quote, token } = await createSentQuote(api, admin, store)
        await api.post(
          `/store/portal/quote-links/${token}/messages`,
          { body: "Question?" },
          store.storeHeaders
        )
        const reply = await api.post(`${QUOTES}/${quote.id}/messages`, { body: "Answer." }, admin)
        expect(reply.data.message).toMatchObject({ author_type: "staff", author_name: "Ada Admin" })
        const thread = await api.get(`${QUOTES}/${quote.id}/messages`, admin)
        expect(thread.data.messages.map((m: { body: string }) => m.body)).toEqual([
          "Question?",
          "Answer.",
        ])
        const empty = await settle(api.post(`${QUOTES}/${quote.id}/messages`, { body: "" }, admin))
        expect(empty.status).toBe(400)
      })
    })

    it("links the accepted quote to the Medusa order and customer", async () => {
      const { quote, token } = await createSentQuote(api, admin, store)
      const accepted = await api.post(
        `/store/portal/quote-links/${token}/accept`,
        { selected_item_ids: [] },
        store.storeHeaders
      )
      const detail = (await api.get(`${QUOTES}/${quote.id}`, admin)).data.quote
      expect(detail.order).toMatchObject({
        id: accepted.data.order.id,
        display_id: expect.any(Number),
      })
      expect(detail.customer.email).toBe("buyer@acme.test")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "customer",
        fields: ["id"],
        filters: { id: store.customer.id },
      })
      expect(data).toHaveLength(1)
    })
  },
})
