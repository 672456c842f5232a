import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createAcceptedQuote,
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  settle,
  Store,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const QUOTES = "/admin/portal/quotes"
const ids = (res: { data: { quotes: { id: string }[] } }) => res.data.quotes.map((q) => q.id)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    describe("finding the quote an order was created from", () => {
      it("answers exactly the quote whose acceptance created the order", async () => {
        const { quote, order_id } = await createAcceptedQuote(api, admin, store)
        await createSentQuote(api, admin, store)

        const res = await api.get(`${QUOTES}?order_id=${order_id}`, admin)
        expect(ids(res)).toEqual([quote.id])
        expect(res.data.quotes[0]).toMatchObject({ order_id, number: quote.number })
      })

      it("answers an empty list for an order that no quote created", async () => {
        await createAcceptedQuote(api, admin, store)
        const res = await api.get(`${QUOTES}?order_id=order_unknown`, admin)
        expect(res.data).toMatchObject({ quotes: [], count: 0 })
      })

      it("combines with the status filter and refuses an empty order id with 400", async () => {
        const { order_id } = await createAcceptedQuote(api, admin, store)
        const notSent = await api.get(`${QUOTES}?order_id=${order_id}&status=sent`, admin)
        expect(notSent.data.count).toBe(0)
        const bad = await settle(api.get(`${QUOTES}?order_id=`, admin))
        expect(bad.status).toBe(400)
      })
    })
  },
})
