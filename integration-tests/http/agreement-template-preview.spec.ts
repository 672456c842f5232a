import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import {
  agreementTemplateBody,
  createAdminUser,
  createCustomerToken,
  createStore,
  Headers,
  settle,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const TEMPLATES = "/admin/portal/agreement-templates"
const PREVIEW = `${TEMPLATES}/preview`

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    const storedTemplates = () =>
      getContainer()
        .resolve<AgreementModuleService>(AGREEMENT_MODULE)
        .listPortalAgreementTemplates({}, { withDeleted: true })

    async function configureStore(name: string, currencyCode: string) {
      const [store] = await getContainer().resolve(Modules.STORE).listStores({}, { take: 1 })
      await updateStoresWorkflow(getContainer()).run({
        input: {
          selector: { id: store.id },
          update: {
            name,
            supported_currencies: [{ currency_code: currencyCode, is_default: true }],
          },
        },
      })
    }

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
    })

    describe("rendering", () => {
      it("fills every variable with the sample buyer and quote, in the store's default currency", async () => {
        await configureStore("Bean & Co", "eur")
        const res = await api.post(PREVIEW, agreementTemplateBody(), admin)

        expect(res.status).toBe(200)
        const { text, html, blocks } = res.data.preview
        expect(text).toContain(
          "Between Bean & Co and Acme Coffee Ltd, represented by Jane Doe (jane.doe@example.com)."
        )
        expect(text).toMatch(/^Quote Q-1001, valid until \w+ \d{1,2}, \d{4}:$/m)
        // The required lines and the optional line the sample buyer ticked; not the one left out.
        expect(text).toContain(
          [
            "- Espresso machine, dual boiler: 2 × €1,450.00 = €2,900.00",
            "- Installation and barista training: 1 × €380.00 = €380.00",
            "  On site, half a day",
            "- Two-year service plan: 1 × €240.00 = €240.00",
          ].join("\n")
        )
        expect(text).not.toContain("Matching grinder")
        // €3,520.00 of goods + €95.00 freight + 8.25% sales tax on both; a 30% deposit.
        expect(text).toMatch(/^Total €3,913.24; deposit due on signing €1,173.97\. Signed on /m)

        expect(blocks.map((block: { type: string }) => block.type)).toEqual([
          "paragraph",
          "paragraph",
          "items",
          "paragraph",
        ])
        expect(blocks[2].rows).toHaveLength(3)
        expect(html).toContain("<p>Between Bean &amp; Co and Acme Coffee Ltd")
        expect(html).toContain("<td>Two-year service plan</td><td>1</td><td>€240.00</td>")
      })

      it("escapes the author's own markup in the HTML, and stores nothing", async () => {
        const res = await api.post(
          PREVIEW,
          { name: "Draft", body: "<b>Dear</b> {{ customer.first_name }}" },
          admin
        )
        expect(res.data.preview.text).toBe("<b>Dear</b> Jane")
        expect(res.data.preview.html).toBe("<p>&lt;b&gt;Dear&lt;/b&gt; Jane</p>")
        expect(await storedTemplates()).toHaveLength(0)
      })
    })

    describe("refusing what saving would refuse", () => {
      it.each([
        ["an unknown variable", "Hello {{customer.first_name}}, size {{customer.shoe_size}}"],
        ["an unclosed {{", "Total {{quote.total"],
        ["an empty body", "  \n "],
      ])("answers %s with the same 400 that creating gives", async (_label, body) => {
        const preview = await settle(api.post(PREVIEW, { body }, admin))
        const create = await settle(api.post(TEMPLATES, { name: "Draft", body }, admin))

        expect(preview.status).toBe(400)
        expect(preview.data).toEqual(create.data)
        expect(await storedTemplates()).toHaveLength(0)
      })

      it("names the unknown variable", async () => {
        const res = await settle(
          api.post(PREVIEW, { body: "Size {{ customer.shoe_size }}" }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toMatch(
          /^Unknown template variable \{\{customer\.shoe_size\}\}; use one of/
        )
      })

      it.each([
        ["no body", { name: "Draft" }, /body/],
        ["a body that is not text", { body: 42 }, /body/],
        ["an unknown field", { body: "Hello", version: 2 }, /version/],
        ["a blank name", { name: " ", body: "Hello" }, /name/],
      ])("refuses %s with 400", async (_label, payload, message) => {
        const res = await settle(api.post(PREVIEW, payload, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })
    })

    describe("who may call it", () => {
      it("refuses callers without a session and logged-in customers with 401", async () => {
        const store = await createStore(getContainer())
        const token = await createCustomerToken(
          getContainer(),
          store.customer.id,
          "buyer@acme.test"
        )
        for (const config of [undefined, { headers: { authorization: `Bearer ${token}` } }]) {
          const res = await settle(api.post(PREVIEW, agreementTemplateBody(), config))
          expect(res.status).toBe(401)
        }
      })
    })
  },
})
