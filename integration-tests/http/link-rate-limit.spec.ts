import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, createSentQuote, createStore, settle } from "../helpers/fixtures"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: { PORTAL_LINK_FAILURE_LIMIT: "5" },
  testSuite: ({ api, getContainer }) => {
    it("answers 429 to an address that keeps guessing tokens, even for a valid token", async () => {
      const admin = (await createAdminUser(getContainer())).headers
      const store = await createStore(getContainer())
      const { token } = await createSentQuote(api, admin, store)

      expect((await api.get(`/store/portal/quote-links/${token}`, store.storeHeaders)).status).toBe(
        200
      )
      for (let i = 0; i < 5; i++) {
        const miss = await settle(
          api.get(`/store/portal/quote-links/${"x".repeat(43)}`, store.storeHeaders)
        )
        expect(miss.status).toBe(404)
      }
      const blocked = await settle(
        api.get(`/store/portal/quote-links/${token}`, store.storeHeaders)
      )
      expect(blocked.status).toBe(429)
      expect(blocked.data.message).toMatch(/Too many/)
      const blockedPost = await settle(
        api.post(
          `/store/portal/quote-links/${token}/accept`,
          { selected_item_ids: [] },
          store.storeHeaders
        )
      )
      expect(blockedPost.status).toBe(429)
    })
  },
})
