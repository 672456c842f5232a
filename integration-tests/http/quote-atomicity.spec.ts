import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  settle,
  Store,
  TestResponse,
  quoteLink as link,
} from "../helpers/fixtures"

jest.setTimeout(180_000)

const QUOTES = "/admin/portal/quotes"

type Line = { title: string; quantity: number; unit_price: number }
const byTitle = (a: Line, b: Line) => a.title.localeCompare(b.title)
const asLines = (items: Line[]) =>
  items
    .map((item) => ({
      title: item.title,
      quantity: Number(item.quantity),
      unit_price: Number(item.unit_price),
    }))
    .sort(byTitle)

/**
 * A quote is frozen once accepted, and a re-send leaves one live link, even
 * when staff and buyer act at the same instant (docs/ARCHITECTURE.md, "Concurrency").
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    it("lands no staff edit after acceptance when 10 edits race the accept", async () => {
      const { quote, token } = await createSentQuote(api, admin, store, {
        items: [
          { title: "Printer P1", quantity: 2, unit_price: 777 },
          { title: "Installation", quantity: 1, unit_price: 250 },
        ],
      })
      const printer = quote.items.find((item: Line) => item.title === "Printer P1")

      const edit = (i: number) =>
        settle(
          api.post(`${QUOTES}/${quote.id}/items/${printer.id}`, { unit_price: 778 + i }, admin)
        )
      // Five edits at the same instant as the accept, five more one after
      // another while it runs, so some arrive at every point of the accept.
      const burst = Array.from({ length: 5 }, (_, i) => edit(i))
      const trickle = (async () => {
        const answers: TestResponse[] = []
        for (let i = 5; i < 10; i++) answers.push(await edit(i))
        return answers
      })()
      const accepted = await settle(
        api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      )
      const edited = [...(await Promise.all(burst)), ...(await trickle)]

      expect(accepted.status).toBe(200)
      // Every edit either landed before the accept (200) or was refused after it (409).
      expect(edited.map((r) => r.status).filter((s) => s !== 200 && s !== 409)).toEqual([])

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [stored],
      } = await query.graph({
        entity: "portal_quote",
        fields: ["accepted_at", "items.*", "events.*", "order.items.*"],
        filters: { id: quote.id },
      })
      const acceptedAt = new Date(stored.accepted_at).getTime()
      for (const item of stored.items) {
        expect(new Date(item.updated_at).getTime()).toBeLessThanOrEqual(acceptedAt)
      }
      const lateEdits = stored.events.filter(
        (event: { type: string; created_at: string }) =>
          event.type === "updated" && new Date(event.created_at).getTime() > acceptedAt
      )
      expect(lateEdits).toEqual([])
      expect(asLines(stored.order.items)).toEqual(asLines(stored.items))
    })

    it("leaves exactly one live link when the quote is sent 20 times at once", async () => {
      const { quote } = await createSentQuote(api, admin, store)
      const sends = await Promise.all(
        Array.from({ length: 20 }, () => settle(api.post(`${QUOTES}/${quote.id}/send`, {}, admin)))
      )
      expect(sends.map((r) => r.status)).toEqual(Array(20).fill(200))

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({
        entity: "portal_quote_link",
        fields: ["id", "revoked_at"],
        filters: { quote_id: quote.id },
      })
      expect(links.filter((l: { revoked_at: string | null }) => !l.revoked_at)).toHaveLength(1)

      const opened = await Promise.all(
        sends.map((r) => settle(api.get(link(r.data.link.url.split("/q/")[1]), store.storeHeaders)))
      )
      expect(opened.filter((r) => r.status === 200)).toHaveLength(1)
    })
  },
})
