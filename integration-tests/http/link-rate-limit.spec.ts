import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  agreementTemplateBody,
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  settle,
  signBody,
  Store,
  quoteLink as link,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const LIMIT = 5
const badToken = (i: number) => `${"x".repeat(40)}${String(i).padStart(3, "0")}`

/**
 * Failed quote-link lookups are limited per client address, with one counter
 * shared by every server instance; the address comes from the socket unless a
 * trusted proxy forwarded the request (docs/ARCHITECTURE.md, "Security rules").
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: { PORTAL_LINK_FAILURE_LIMIT: String(LIMIT) },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    const from = (forwardedFor: string) => ({
      headers: { ...store.storeHeaders.headers, "x-forwarded-for": forwardedFor },
    })

    beforeEach(async () => {
      delete process.env.PORTAL_TRUSTED_PROXIES
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })
    afterAll(() => {
      delete process.env.PORTAL_TRUSTED_PROXIES
    })

    it("answers 429 to an address that keeps guessing tokens, even for a valid token", async () => {
      const { token } = await createSentQuote(api, admin, store)

      expect((await api.get(link(token), store.storeHeaders)).status).toBe(200)
      for (let i = 0; i < LIMIT; i++) {
        const miss = await settle(api.get(link(badToken(i)), store.storeHeaders))
        expect(miss.status).toBe(404)
      }
      const blocked = await settle(api.get(link(token), store.storeHeaders))
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/Too many/)
      const blockedPost = await settle(
        api.post(link(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      )
      expect(blockedPost.status).toBe(429)
    })

    it("does not count lookups of a good link against the address", async () => {
      const { token } = await createSentQuote(api, admin, store)
      for (let i = 0; i < LIMIT * 3; i++) {
        expect((await api.get(link(token), store.storeHeaders)).status).toBe(200)
      }
      expect((await settle(api.get(link(badToken(0)), store.storeHeaders))).status).toBe(404)
    })

    it("looks up at most the limit of 100 bad tokens sent at once", async () => {
      const answers = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          settle(api.get(link(badToken(i)), store.storeHeaders))
        )
      )
      const statuses = answers.map((r) => r.status)
      expect(statuses.filter((s) => s === 404)).toHaveLength(LIMIT)
      expect(statuses.filter((s) => s === 429)).toHaveLength(100 - LIMIT)
    })

    it("ignores X-Forwarded-For from a client that is not a trusted proxy", async () => {
      for (let i = 0; i < LIMIT; i++) {
        const miss = await settle(api.get(link(badToken(i)), from(`198.51.100.${i + 1}`)))
        expect(miss.status).toBe(404)
      }
      const rotated = await settle(api.get(link(badToken(99)), from("198.51.100.200")))
      expect(rotated.status).toBe(429)
    })

    it("believes X-Forwarded-For only from a configured trusted proxy", async () => {
      process.env.PORTAL_TRUSTED_PROXIES = "loopback"
      for (let i = 0; i < LIMIT; i++) {
        expect((await settle(api.get(link(badToken(i)), from("198.51.100.1")))).status).toBe(404)
      }
      expect((await settle(api.get(link(badToken(9)), from("198.51.100.1")))).status).toBe(429)
      // Another client behind the same proxy has its own budget.
      expect((await settle(api.get(link(badToken(9)), from("198.51.100.2")))).status).toBe(404)
    })

    it("records the socket address with a signature unless a trusted proxy forwarded it", async () => {
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const signedIp = async (forwardedFor: string) => {
        const { quote, token } = await createSentQuote(api, admin, store, {
          agreement_template_id: template.data.agreement_template.id,
        })
        const signed = await api.post(link(token, "/sign"), signBody(), from(forwardedFor))
        expect(signed.status).toBe(200)
        const view = await api.get(`/admin/portal/quotes/${quote.id}`, admin)
        return view.data.quote.signed_agreement.ip as string
      }

      const direct = await signedIp("203.0.113.7")
      expect(direct).not.toContain("203.0.113.7")
      expect(direct).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/)

      process.env.PORTAL_TRUSTED_PROXIES = "loopback"
      expect(await signedIp("203.0.113.7")).toBe("203.0.113.7")
    })
  },
})
