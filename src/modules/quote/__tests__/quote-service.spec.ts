import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { QUOTE_MODULE } from ".."
import { Quote, QuoteEvent, QuoteItem, QuoteLink, QuoteMessage } from "../models"
import QuoteModuleService from "../service"
import { canTransition, QUOTE_STATUSES, QuoteStatus } from "../status"
import { generateLinkToken, hashToken, mintLinkToken } from "../tokens"

jest.setTimeout(60_000)

const DAY = 24 * 60 * 60 * 1000
const PORTAL_URL = "https://portal.example.com/"

type QuoteOverrides = {
  status?: QuoteStatus
  valid_until?: Date | null
}

const daysFromNow = (days: number) => new Date(Date.now() + days * DAY)

moduleIntegrationTestRunner<QuoteModuleService>({
  moduleName: QUOTE_MODULE,
  resolve: "./src/modules/quote",
  moduleModels: [Quote, QuoteItem, QuoteMessage, QuoteLink, QuoteEvent],
  // The schema comes from the real migration, which restarts quote numbers at 1001.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  moduleOptions: { portalUrl: PORTAL_URL },
  testSuite: ({ service, MikroOrmWrapper }) => {
    async function createQuote(overrides: QuoteOverrides = {}) {
      return service.createPortalQuotes({
        customer_id: "cus_test",
        customer_email: "buyer@example.com",
        currency_code: "usd",
        ...overrides,
      })
    }

    async function statusOf(id: string) {
      const quote = await service.retrievePortalQuote(id)
      return quote.status
    }

    /** Rejects when `promise` does not fail as a dead link: NOT_FOUND, the one shared message. */
    async function expectInvalidLink(promise: Promise<unknown>) {
      await expect(promise).rejects.toMatchObject({
        type: MedusaError.Types.NOT_FOUND,
        message: "This quote link is not valid. Ask the sender for a new one.",
      })
    }

    describe("quote numbers", () => {
      it("starts quote numbers at 1001 and counts up by one", async () => {
        const first = await createQuote()
        const second = await createQuote()
        const third = await createQuote()
        expect([first, second, third].map((q) => q.display_number)).toEqual([1001, 1002, 1003])
      })

      it("gives every quote of a batch its own number", async () => {
        const quotes = await service.createPortalQuotes([
          { customer_id: "cus_a", customer_email: "a@example.com", currency_code: "usd" },
          { customer_id: "cus_b", customer_email: "b@example.com", currency_code: "eur" },
        ])
        const numbers = quotes.map((q) => q.display_number).sort()
        expect(numbers).toEqual([1001, 1002])
      })
    })

    /** A link the way the send flow makes one: the token is minted outside the module. */
    async function issueLink(quoteId: string, expiresAt: Date) {
      const { token, token_hash } = mintLinkToken()
      const link = await service.issueLink(quoteId, token_hash, expiresAt)
      return { token, link }
    }

    describe("quote links", () => {
      it("stores only the SHA-256 of a link's token, never the token itself", async () => {
        const quote = await createQuote({ status: "sent" })
        const { token, link } = await issueLink(quote.id, daysFromNow(30))

        expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
        expect(link.token_hash).toBe(hashToken(token))

        const rows: { id: string; token_hash: string; row: string }[] =
          await MikroOrmWrapper.forkManager().execute(
            `SELECT id, token_hash, row_to_json(l)::text AS row FROM portal_quote_link l`
          )
        expect(rows).toHaveLength(1)
        expect(rows[0].token_hash).toBe(hashToken(token))
        expect(rows[0].row).not.toContain(token)
      })

      it("resolves a live token to its own quote's link", async () => {
        const quote = await createQuote({ status: "sent" })
        const other = await createQuote({ status: "sent" })
        const { token, link } = await issueLink(quote.id, daysFromNow(30))
        const { token: otherToken } = await issueLink(other.id, daysFromNow(30))

        const resolved = await service.resolveLinkToken(token)
        expect(resolved.id).toBe(link.id)
        expect(resolved.quote_id).toBe(quote.id)
        expect(resolved.quote_status).toBe("sent")
        expect((await service.resolveLinkToken(otherToken)).quote_id).toBe(other.id)
      })

      it("keeps at most one live link per quote, whoever issues it", async () => {
        const quote = await createQuote({ status: "sent" })
        const first = await issueLink(quote.id, daysFromNow(30))
        await expect(issueLink(quote.id, daysFromNow(30))).rejects.toThrow()

        await service.updatePortalQuoteLinks({ id: first.link.id, revoked_at: new Date() })
        const second = await issueLink(quote.id, daysFromNow(30))
        expect(second.token).not.toBe(first.token)
        expect((await service.resolveLinkToken(second.token)).id).toBe(second.link.id)
      })

      it("refuses a revoked link as not found", async () => {
        const quote = await createQuote({ status: "sent" })
        const { token, link } = await issueLink(quote.id, daysFromNow(30))
        await service.updatePortalQuoteLinks({ id: link.id, revoked_at: new Date() })
        await expectInvalidLink(service.resolveLinkToken(token))
      })

      it("refuses an expired link as not found", async () => {
        const quote = await createQuote({ status: "sent" })
        const { token } = await issueLink(quote.id, new Date(Date.now() - 1000))
        await expectInvalidLink(service.resolveLinkToken(token))
      })

      it("refuses a deleted link as not found", async () => {
        const quote = await createQuote({ status: "sent" })
        const { token, link } = await issueLink(quote.id, daysFromNow(30))
        await service.softDeletePortalQuoteLinks([link.id])
        await expectInvalidLink(service.resolveLinkToken(token))
      })

      it("refuses the link of a deleted quote as not found", async () => {
        const quote = await createQuote({ status: "sent" })
        const { token } = await issueLink(quote.id, daysFromNow(30))
        await service.softDeletePortalQuotes([quote.id])
        await expectInvalidLink(service.resolveLinkToken(token))
      })

      it("refuses a well-formed token that was never issued as not found", async () => {
        const quote = await createQuote({ status: "sent" })
        await issueLink(quote.id, daysFromNow(30))
        await expectInvalidLink(service.resolveLinkToken(generateLinkToken()))
      })

      it("refuses the stored hash used as if it were the token", async () => {
        const quote = await createQuote({ status: "sent" })
        const { link } = await issueLink(quote.id, daysFromNow(30))
        await expectInvalidLink(service.resolveLinkToken(link.token_hash))
      })

      it.each([
        ["empty", ""],
        ["too short", "abc"],
        ["padded", `${"A".repeat(43)}=`],
        ["with SQL", `' OR '1'='1`],
      ])("refuses a malformed (%s) token as not found", async (_label, token) => {
        await expectInvalidLink(service.resolveLinkToken(token))
      })

      it("fails revoked, expired and unknown tokens with exactly the same error", async () => {
        const quote = await createQuote({ status: "sent" })
        const revoked = await issueLink(quote.id, daysFromNow(30))
        await service.updatePortalQuoteLinks({ id: revoked.link.id, revoked_at: new Date() })
        const expired = await issueLink(
          (await createQuote({ status: "sent" })).id,
          new Date(Date.now() - 1000)
        )

        const failures = await Promise.all(
          [revoked.token, expired.token, generateLinkToken(), "nope"].map((token) =>
            service.resolveLinkToken(token).then(
              () => null,
              (error: MedusaError) => ({ type: error.type, message: error.message })
            )
          )
        )
        expect(failures[0]).not.toBeNull()
        expect(new Set(failures.map((f) => JSON.stringify(f))).size).toBe(1)
      })
    })

    describe("claimStatusChange", () => {
      it("lets exactly one of 10 concurrent accepts win", async () => {
        const quote = await createQuote({ status: "sent" })
        const results = await Promise.all(
          Array.from({ length: 10 }, () =>
            service.claimStatusChange(quote.id, ["sent"], "accepted")
          )
        )
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await statusOf(quote.id)).toBe("accepted")
      })

      it("changes nothing and returns false when the quote is no longer in the expected status", async () => {
        const quote = await createQuote({ status: "declined" })
        expect(await service.claimStatusChange(quote.id, ["sent", "viewed"], "accepted")).toBe(
          false
        )
        expect(await statusOf(quote.id)).toBe("declined")
      })

      it("moves a quote from any of the listed statuses", async () => {
        const quote = await createQuote({ status: "viewed" })
        expect(await service.claimStatusChange(quote.id, ["sent", "viewed"], "declined")).toBe(true)
        expect(await statusOf(quote.id)).toBe("declined")
      })

      it("never claims a deleted quote", async () => {
        const quote = await createQuote({ status: "sent" })
        await service.softDeletePortalQuotes([quote.id])
        expect(await service.claimStatusChange(quote.id, ["sent"], "accepted")).toBe(false)
      })
      it("stamps the change in the same statement and answers the stamps as they were", async () => {
        const quote = await createQuote({ status: "sent" })
        const acceptedAt = new Date("2026-12-07T10:00:00.000Z")
        const previous = await service.claimTransition(quote.id, ["sent"], "accepted", {
          accepted_at: acceptedAt,
        })
        expect(previous).toEqual({ accepted_at: null })
        const [stored] = await service.listPortalQuotes({ id: quote.id })
        expect(stored).toMatchObject({ status: "accepted", accepted_at: acceptedAt })
        expect(
          await service.claimTransition(quote.id, ["sent"], "accepted", { accepted_at: new Date() })
        ).toBeNull()
        await expect(
          service.claimTransition(quote.id, ["accepted"], "declined", {
            "status = 'x', id": 1,
          } as never)
        ).rejects.toThrow(/not a quote stamp/)
      })
    })

    describe("views", () => {
      // The statuses the view passes: those the status machine lets become viewed.
      const openedFrom = QUOTE_STATUSES.filter((status) => canTransition(status, "viewed"))
      let views = 0
      const view = (quoteId: string) =>
        service.recordView({
          quote_id: quoteId,
          opened_from: openedFrom,
          event_id: `quoevt_view_${++views}`,
          actor_id: null,
        })
      const viewedEvents = async (quoteId: string) =>
        service.listPortalQuoteEvents({ quote_id: quoteId, type: "viewed" })

      it("moves a sent quote to viewed, stamps the view and reads the quote back", async () => {
        const quote = await createQuote({ status: "sent" })
        await service.createPortalQuoteItems([
          { quote_id: quote.id, title: "B", quantity: 1, unit_price: 12.5, position: 1 },
          { quote_id: quote.id, title: "A", quantity: 2, unit_price: 100, position: 0 },
        ])
        const recorded = await view(quote.id)
        expect(recorded!.quote).toMatchObject({ id: quote.id, status: "viewed" })
        expect(recorded!.quote.last_viewed_at).toBeInstanceOf(Date)
        expect(recorded!.quote.items.map((item) => [item.title, item.unit_price])).toEqual([
          ["A", 100],
          ["B", 12.5],
        ])
        expect(recorded!.quote.messages).toEqual([])
        expect(await statusOf(quote.id)).toBe("viewed")
      })

      it("leaves a quote the buyer has answered in its status", async () => {
        const quote = await createQuote({ status: "declined" })
        expect((await view(quote.id))!.quote.status).toBe("declined")
        expect(await statusOf(quote.id)).toBe("declined")
      })

      it("logs a viewed entry on the timeline at most once an hour", async () => {
        const quote = await createQuote({ status: "sent" })
        expect((await view(quote.id))!.logged).toBe(true)
        expect((await view(quote.id))!.logged).toBe(false)
        expect(await viewedEvents(quote.id)).toHaveLength(1)
        await service.updatePortalQuotes({
          id: quote.id,
          last_viewed_at: new Date(Date.now() - 61 * 60 * 1000),
        })
        expect((await view(quote.id))!.logged).toBe(true)
        expect(await viewedEvents(quote.id)).toHaveLength(2)
      })

      it("reads without writing on a reload within a minute, and stamps the view again after", async () => {
        const quote = await createQuote({ status: "sent" })
        const first = (await view(quote.id))!.quote
        const reload = (await view(quote.id))!.quote
        expect(reload.status).toBe("viewed")
        expect(reload.last_viewed_at).toEqual(first.last_viewed_at)
        expect(reload.updated_at).toEqual(first.updated_at)
        const [stored] = await service.listPortalQuotes({ id: quote.id })
        expect(stored.last_viewed_at).toEqual(first.last_viewed_at)

        const earlier = new Date(Date.now() - 2 * 60 * 1000)
        await service.updatePortalQuotes({ id: quote.id, last_viewed_at: earlier })
        const later = (await view(quote.id))!
        expect(later.logged).toBe(false)
        expect(new Date(later.quote.last_viewed_at as Date).getTime()).toBeGreaterThan(
          earlier.getTime() + 60 * 1000
        )
      })

      it("alerts staff about a view once a day, not on every reload", async () => {
        const quote = await createQuote({ status: "sent" })
        expect((await view(quote.id))!.alert_staff).toBe(true)
        expect((await view(quote.id))!.alert_staff).toBe(false)
        expect((await view(quote.id))!.alert_staff).toBe(false)
      })

      it("alerts staff again once a day has passed since the last alert", async () => {
        const quote = await createQuote({ status: "sent" })
        expect((await view(quote.id))!.alert_staff).toBe(true)
        await service.updatePortalQuotes({
          id: quote.id,
          staff_view_alert_at: new Date(Date.now() - DAY - 60_000),
        })
        expect((await view(quote.id))!.alert_staff).toBe(true)
        expect((await view(quote.id))!.alert_staff).toBe(false)
      })

      it("stays quiet when the last alert was less than a day ago", async () => {
        const quote = await createQuote({ status: "sent" })
        await service.updatePortalQuotes({
          id: quote.id,
          staff_view_alert_at: new Date(Date.now() - 23 * 60 * 60 * 1000),
        })
        expect((await view(quote.id))!.alert_staff).toBe(false)
      })

      it("alerts and logs exactly once when many views arrive at the same moment", async () => {
        const quote = await createQuote({ status: "sent" })
        const results = await Promise.all(Array.from({ length: 10 }, () => view(quote.id)))
        expect(results.filter((result) => result!.alert_staff)).toHaveLength(1)
        expect(results.filter((result) => result!.logged)).toHaveLength(1)
        expect(await viewedEvents(quote.id)).toHaveLength(1)
      })

      it("records nothing for a deleted quote", async () => {
        const quote = await createQuote({ status: "sent" })
        await service.softDeletePortalQuotes([quote.id])
        expect(await view(quote.id)).toBeNull()
      })
    })

    describe("expireDueQuotes", () => {
      // The statuses the expiry step passes: those the status machine lets expire.
      const open = QUOTE_STATUSES.filter((status) => canTransition(status, "expired"))

      it("expires only sent and viewed quotes whose validity has passed", async () => {
        const past = daysFromNow(-1)
        const future = daysFromNow(7)
        const due = {
          sent: await createQuote({ status: "sent", valid_until: past }),
          viewed: await createQuote({ status: "viewed", valid_until: past }),
        }
        const untouched = {
          draft: await createQuote({ status: "draft", valid_until: past }),
          sentFuture: await createQuote({ status: "sent", valid_until: future }),
          viewedFuture: await createQuote({ status: "viewed", valid_until: future }),
          sentWithoutDate: await createQuote({ status: "sent", valid_until: null }),
          accepted: await createQuote({ status: "accepted", valid_until: past }),
          declined: await createQuote({ status: "declined", valid_until: past }),
          cancelled: await createQuote({ status: "cancelled", valid_until: past }),
        }

        const expiredIds = await service.expireDueQuotes(open)

        expect(expiredIds.sort()).toEqual([due.sent.id, due.viewed.id].sort())
        for (const quote of Object.values(due)) {
          const stored = await service.retrievePortalQuote(quote.id)
          expect(stored.status).toBe("expired")
          expect(stored.expired_at).not.toBeNull()
        }
        for (const quote of Object.values(untouched)) {
          const stored = await service.retrievePortalQuote(quote.id)
          expect(stored.status).toBe(quote.status)
          expect(stored.expired_at).toBeNull()
        }
      })

      it("leaves a deleted quote alone", async () => {
        const quote = await createQuote({ status: "sent", valid_until: daysFromNow(-1) })
        await service.softDeletePortalQuotes([quote.id])
        expect(await service.expireDueQuotes(open)).toEqual([])
      })

      it("expires nothing the second time it runs", async () => {
        await createQuote({ status: "sent", valid_until: daysFromNow(-1) })
        expect(await service.expireDueQuotes(open)).toHaveLength(1)
        expect(await service.expireDueQuotes(open)).toEqual([])
      })
    })
  },
})
