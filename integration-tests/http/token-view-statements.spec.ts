import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  agreementTemplateBody,
  createAdminUser,
  createSentQuote,
  createStore,
  Headers,
  Store,
  quoteLink as link,
  waitFor,
} from "../helpers/fixtures"
import { recordStatements, statementsByProbe } from "../helpers/statements"

jest.setTimeout(120_000)

/** The most SQL statements of ours one common-case token view may issue (issue 15). */
const OUR_BUDGET = 4

/**
 * The buyer's quote view (GET /store/portal/quote-links/:token) in the common
 * case, a sent quote opened again, issues at most four SQL statements of ours,
 * besides those of Medusa's publishable-key check, which runs before our guard
 * (docs/ARCHITECTURE.md, "Routes and guards", the token view). Statements are
 * counted, never timed; BEGIN and COMMIT count as statements.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let probeCount = 0

    beforeAll(() => {
      recordStatements(getContainer())
    })

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    /**
     * Opens the quote through its link and splits the statements at the first
     * one on a table of ours (`portal_…`), our guard's first: before it, Medusa's
     * middlewares (the publishable-key check); from it on, ours.
     */
    async function countedView(token: string) {
      const probe = `view-${++probeCount}`
      const headers = { headers: { ...store.storeHeaders.headers, "x-statement-probe": probe } }
      const res = await api.get(link(token), headers)
      expect(res.status).toBe(200)
      const statements = statementsByProbe.get(probe) ?? []
      const guardStart = statements.findIndex((sql) => /\bportal_/.test(sql))
      expect(guardStart).toBeGreaterThanOrEqual(0)
      const medusa = statements.slice(0, guardStart)
      const ours = statements.slice(guardStart)
      const show = (list: string[]) =>
        list.map((sql, i) => `  ${i + 1}. ${sql.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")
      console.log(
        `Token view: ${ours.length} statements of ours, ${medusa.length} of Medusa's middlewares\n` +
          `Medusa's:\n${show(medusa)}\nOurs:\n${show(ours)}`
      )
      return { res, medusa, ours }
    }

    it("opens a sent quote again in at most four statements of ours", async () => {
      const { token } = await createSentQuote(api, admin, store)
      await api.get(link(token), store.storeHeaders)

      const { res, medusa, ours } = await countedView(token)

      expect(res.data.quote.status).toBe("viewed")
      expect(res.data.agreement).toBeNull()
      expect(medusa.length).toBeGreaterThan(0)
      expect(ours.length).toBeLessThanOrEqual(OUR_BUDGET)
    })

    it("opens a company's sent quote, in the company's language, again in at most four statements of ours", async () => {
      const company = await api.post(
        "/admin/portal/companies",
        { name: "Bergmann", language: "de", allow_portal: true },
        admin
      )
      await api.post(
        `/admin/portal/companies/${company.data.company.id}/members`,
        { customer_id: store.customer.id, team_ids: [] },
        admin
      )
      const { token } = await createSentQuote(api, admin, store, {
        company_id: company.data.company.id,
      })
      await api.get(link(token), store.storeHeaders)

      const { res, ours } = await countedView(token)

      expect(res.data.language).toBe("de")
      expect(ours.length).toBeLessThanOrEqual(OUR_BUDGET)
    })

    it("opens a sent quote with an agreement again in at most four statements of ours", async () => {
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const { token } = await createSentQuote(api, admin, store, {
        agreement_template_id: template.data.agreement_template.id,
      })
      const first = await api.get(link(token), store.storeHeaders)

      const { res, ours } = await countedView(token)

      expect(res.data.agreement.html).toBe(first.data.agreement.html)
      expect(res.data.agreement.blocks.length).toBeGreaterThan(0)
      expect(res.data.signed_agreement).toBeNull()
      expect(ours.length).toBeLessThanOrEqual(OUR_BUDGET)

      // The kept rendering follows the buyer's selection and the consent sentence.
      const warranty = (first.data.quote.items as Array<{ id: string; title: string }>).find(
        (item) => item.title === "Extended warranty"
      )!
      await api.post(
        link(token, "/selection"),
        { selected_item_ids: [warranty.id] },
        store.storeHeaders
      )
      await api.post("/admin/portal/settings", { consent_text: "I agree, as Acme." }, admin)
      const changed = (await api.get(link(token), store.storeHeaders)).data
      expect(first.data.agreement.text).not.toContain("Extended warranty")
      expect(changed.agreement.text).toContain("Extended warranty")
      expect(changed.agreement.text).not.toContain("Printer P2")
      expect(changed.agreement.consent_text).toBe("I agree, as Acme.")
    })

    it("shows the store's new name once the merchant renames the store", async () => {
      const { token } = await createSentQuote(api, admin, store)
      const before = (await api.get(link(token), store.storeHeaders)).data.branding.name
      const stores = getContainer().resolve(Modules.STORE)
      const [medusaStore] = await stores.listStores({}, { take: 1 })
      await updateStoresWorkflow(getContainer()).run({
        input: { selector: { id: medusaStore.id }, update: { name: `${before} Renamed` } },
      })

      const renamed = await waitFor(async () => {
        const { branding } = (await api.get(link(token), store.storeHeaders)).data
        return branding.name === `${before} Renamed` ? branding : null
      })
      expect(renamed.name).toBe(`${before} Renamed`)
    })
  },
})
