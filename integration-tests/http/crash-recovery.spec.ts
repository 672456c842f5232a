import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import { QUOTE_MODULE } from "../../src/modules/quote"
import type QuoteModuleService from "../../src/modules/quote/service"
import { reconcileHalfDoneAcceptancesWorkflow } from "../../src/workflows/quote/workflows/reconcile-half-done"
import {
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  quoteLink as link,
  settle,
  Store,
} from "../helpers/fixtures"

jest.setTimeout(180_000)

/**
 * The reconciler rolls back accepts a dead process left without an order and
 * deletes tracked private files nothing claimed, once they are older than the
 * grace period and the quote's lock is free; it leaves finished quotes alone
 * and a second run changes nothing (docs/ARCHITECTURE.md, "Crash safety").
 * The real crash, a killed server, is `npm run test:crash`.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let halfDone: { id: string; token: string }
    let finished: { id: string; order_id: string }
    let strayFileIds: string[]

    const quotes = () => getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)
    const agreements = () => getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
    const reconcile = (grace_ms?: number) =>
      reconcileHalfDoneAcceptancesWorkflow(getContainer())
        .run({ input: { grace_ms } })
        .then(({ result }) => result)
    const stateOf = async (id: string) => {
      const quote = await quotes().retrievePortalQuote(id, {
        select: ["status", "order_id", "accepted_at"],
      })
      const events = await quotes().listPortalQuoteEvents({ quote_id: id }, { select: ["id"] })
      return { ...quote, events: events.length }
    }
    const trackedFiles = () =>
      agreements().listPortalPrivateFiles({ file_id: strayFileIds }, { select: ["file_id"] })

    beforeAll(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)

      // What a process killed between the status change and the order leaves:
      // a viewed quote turned accepted, with no order, and a stored file of its
      // signing still tracked; plus a tracked file of no quote.
      const half = await createSentQuote(api, admin, store)
      await api.get(link(half.token), store.storeHeaders)
      await quotes().claimStatusChange(half.quote.id, ["viewed"], "accepted")
      await quotes().updatePortalQuotes({ id: half.quote.id, accepted_at: new Date() })
      halfDone = { id: half.quote.id, token: half.token }
      const files = container.resolve(Modules.FILE)
      const content = Buffer.from("%PDF-1.4 stray").toString("base64")
      strayFileIds = []
      for (const quote_id of [half.quote.id, null]) {
        const file = await files.createFiles({
          filename: `stray-${quote_id ?? "none"}`,
          mimeType: "application/pdf",
          content,
          access: "private",
        })
        await agreements().createPortalPrivateFiles({
          file_id: file.id,
          purpose: "agreement_pdf",
          quote_id,
        })
        strayFileIds.push(file.id)
      }

      // A quote accepted for real, with its order.
      const done = await createSentQuote(api, admin, store)
      const accepted = await api.post(
        link(done.token, "/accept"),
        { selected_item_ids: [] },
        store.storeHeaders
      )
      finished = { id: done.quote.id, order_id: accepted.data.order.id }
    })

    it("leaves a half-done accept alone within the grace period", async () => {
      const before = await stateOf(halfDone.id)
      const result = await reconcile()
      expect(result.rolled_back).toBe(0)
      expect(await stateOf(halfDone.id)).toEqual(before)
      expect(await trackedFiles()).toHaveLength(2)
    })

    it("skips a quote whose lock is held: an accept may be running", async () => {
      const locking = getContainer().resolve(Modules.LOCKING)
      await locking.acquire(`portal-quote:${halfDone.id}`, {
        ownerId: "running-accept",
        expire: 60,
      })
      try {
        const result = await reconcile(0)
        expect(result.quotes).toContainEqual(
          expect.objectContaining({ quote_id: halfDone.id, outcome: "skipped" })
        )
        expect((await stateOf(halfDone.id)).status).toBe("accepted")
      } finally {
        await locking.release(`portal-quote:${halfDone.id}`, { ownerId: "running-accept" })
      }
    })

    it("rolls the accept back to viewed, deletes the stray files, records it once, and the buyer accepts again", async () => {
      const before = await stateOf(halfDone.id)
      const result = await reconcile(0)
      expect(result.quotes).toContainEqual({
        quote_id: halfDone.id,
        outcome: "rolled_back",
        restored_status: "viewed",
        files_deleted: 1,
      })
      const after = await stateOf(halfDone.id)
      expect(after).toEqual({
        ...before,
        status: "viewed",
        accepted_at: null,
        events: before.events + 1,
      })
      expect(await trackedFiles()).toEqual([])

      const [recovery] = await quotes().listPortalQuoteEvents(
        { quote_id: halfDone.id, type: "updated" },
        { select: ["actor_type", "data"], order: { created_at: "DESC" }, take: 1 }
      )
      expect(recovery).toMatchObject({
        actor_type: "system",
        data: { recovered: "acceptance_rolled_back", restored_status: "viewed" },
      })

      // Idempotent: the second run finds nothing.
      const again = await reconcile(0)
      expect(again).toMatchObject({ rolled_back: 0, files_deleted: 0 })
      expect(await stateOf(halfDone.id)).toEqual(after)

      // The buyer accepts again, exactly once.
      const first = await settle(
        api.post(link(halfDone.token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      )
      const second = await settle(
        api.post(link(halfDone.token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      )
      expect([first.status, second.status]).toEqual([200, 409])
      expect(await stateOf(halfDone.id)).toMatchObject({
        status: "accepted",
        order_id: first.data.order.id,
      })
    })

    it("leaves a quote with its order alone", async () => {
      const state = await stateOf(finished.id)
      expect(state).toMatchObject({ status: "accepted", order_id: finished.order_id })
      await reconcile(0)
      expect(await stateOf(finished.id)).toEqual(state)
    })
  },
})
