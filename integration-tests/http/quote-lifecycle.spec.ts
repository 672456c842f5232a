import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createAdminUser,
  createStore,
  Headers,
  quoteBody,
  Store,
  tokenOf,
} from "../helpers/fixtures"

jest.setTimeout(60_000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
    })

    it("creates, sends, opens, selects and accepts a quote into one order", async () => {
      const created = await api.post("/admin/portal/quotes", quoteBody(store), admin)
      expect(created.status).toBe(201)
      const quote = created.data.quote
      expect(quote.number).toMatch(/^Q-1\d{3}$/)
      expect(quote.totals.total).toBe(2000 + 250 + 1500)

      const sent = await api.post(`/admin/portal/quotes/${quote.id}/send`, {}, admin)
      expect(sent.data.link.url).toMatch(/\/q\/[A-Za-z0-9_-]{43}$/)
      const token = tokenOf(sent.data.link.url)

      const view = await api.get(`/store/portal/quote-links/${token}`, store.storeHeaders)
      expect(view.data.quote.status).toBe("viewed")

      const optional = quote.items.filter((i: { is_optional: boolean }) => i.is_optional)
      const warranty = optional.find((i: { title: string }) => i.title === "Extended warranty")
      const accepted = await api.post(
        `/store/portal/quote-links/${token}/accept`,
        { selected_item_ids: [warranty.id] },
        store.storeHeaders
      )
      expect(accepted.status).toBe(200)
      expect(accepted.data.quote.status).toBe("accepted")
      expect(accepted.data.order.display_id).toBeGreaterThan(0)
    })
  },
})
