import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import { AGREEMENT_VARIABLES } from "../../src/modules/agreement/template"
import { QUOTE_MODULE } from "../../src/modules/quote"
import type QuoteModuleService from "../../src/modules/quote/service"
import {
  agreementTemplateBody,
  createAdminUser,
  createCustomerToken,
  createStore,
  Headers,
  quoteBody,
  settle,
} from "../helpers/fixtures"

jest.setTimeout(120_000)

const TEMPLATES = "/admin/portal/agreement-templates"

type VersionSummary = { id: string; version: number; in_use_at: string | null }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    const agreements = () => getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
    const quotes = () => getContainer().resolve<QuoteModuleService>(QUOTE_MODULE)

    /** Every stored version, soft-deleted ones included, to prove what a request left behind. */
    const storedVersions = () =>
      agreements().listPortalAgreementTemplates(
        {},
        { withDeleted: true, order: { family_id: "ASC", version: "ASC" } }
      )

    async function createTemplate(overrides: Partial<{ name: string; body: string }> = {}) {
      const res = await api.post(TEMPLATES, agreementTemplateBody(overrides), admin)
      return res.data.agreement_template
    }

    const versionNumbers = (template: { versions: VersionSummary[] }) =>
      template.versions.map((version) => version.version)

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
    })

    describe("who may call it", () => {
      it("refuses callers without a session and logged-in customers with 401, storing nothing", async () => {
        const store = await createStore(getContainer())
        const token = await createCustomerToken(
          getContainer(),
          store.customer.id,
          "buyer@acme.test"
        )
        const asCustomer = { headers: { authorization: `Bearer ${token}` } }
        for (const config of [undefined, asCustomer]) {
          expect((await settle(api.get(TEMPLATES, config))).status).toBe(401)
          expect((await settle(api.get(`${TEMPLATES}/variables`, config))).status).toBe(401)
          expect((await settle(api.post(TEMPLATES, agreementTemplateBody(), config))).status).toBe(
            401
          )
        }
        const template = await createTemplate()
        for (const config of [undefined, asCustomer]) {
          const update = await settle(
            api.post(`${TEMPLATES}/${template.id}`, { body: "Changed" }, config)
          )
          expect(update.status).toBe(401)
          expect((await settle(api.delete(`${TEMPLATES}/${template.id}`, config))).status).toBe(401)
        }
        const [stored] = await storedVersions()
        expect(await storedVersions()).toHaveLength(1)
        expect(stored).toMatchObject({ body: agreementTemplateBody().body, deleted_at: null })
      })
    })

    describe("variables", () => {
      it("lists every variable with a description and its placeholder", async () => {
        const res = await api.get(`${TEMPLATES}/variables`, admin)
        expect(res.status).toBe(200)
        expect(res.data.variables).toHaveLength(AGREEMENT_VARIABLES.length)
        expect(res.data.variables).toContainEqual({
          name: "quote.items",
          placeholder: "{{quote.items}}",
          description: expect.any(String),
        })
        for (const variable of res.data.variables) {
          expect(variable.description).toEqual(expect.any(String))
        }
      })
    })

    describe("creating", () => {
      it("stores version 1 as the latest version of a new template", async () => {
        const res = await api.post(TEMPLATES, agreementTemplateBody(), admin)
        expect(res.status).toBe(201)
        const template = res.data.agreement_template
        expect(template).toMatchObject({
          name: "Supply agreement",
          body: agreementTemplateBody().body,
          version: 1,
          is_latest: true,
          in_use_at: null,
        })
        expect(template.id).toMatch(/^agrtpl_/)
        expect(template.family_id).toBe(template.id)
        expect(template.versions).toEqual([
          { id: template.id, version: 1, created_at: template.created_at, in_use_at: null },
        ])
        const fetched = await api.get(`${TEMPLATES}/${template.id}`, admin)
        expect(fetched.data.agreement_template).toEqual(template)
      })

      it("refuses an unknown variable with 400 naming it, and stores nothing", async () => {
        const res = await settle(
          api.post(
            TEMPLATES,
            { name: "Typo", body: "Dear {{customer.first_name}}, you owe {{ quote.totl }}." },
            admin
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toMatch(
          /^Unknown template variable \{\{quote\.totl\}\}; use one of/
        )
        expect(res.data.message).toContain("{{quote.total}}")
        expect(await storedVersions()).toHaveLength(0)
      })

      it.each([
        ["malformed JSON", "{oops", /./],
        ["an empty body", { name: "Empty", body: "  \n " }, /empty/],
        ["an unclosed {{", { name: "Open", body: "Total {{quote.total" }, /Unbalanced \{\{/],
        ["no name", { body: "Hello" }, /name/],
        ["a blank name", { name: "  ", body: "Hello" }, /name/],
        ["an unknown field", { name: "A", body: "Hello", version: 7 }, /version/],
        ["a body that is not text", { name: "A", body: 42 }, /body/],
      ])("refuses %s with 400 and stores nothing", async (_label, payload, message) => {
        const res = await settle(
          api.post(TEMPLATES, payload, {
            headers: { ...admin.headers, "content-type": "application/json" },
          })
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
        expect(await storedVersions()).toHaveLength(0)
      })
    })

    describe("listing", () => {
      it("lists the latest version of each template with its versions, and paginates", async () => {
        const first = await createTemplate({ name: "Rental terms" })
        const second = await createTemplate({ name: "Service agreement" })
        await agreements().markTemplateInUse(first.id)
        const revised = (await api.post(`${TEMPLATES}/${first.id}`, { body: "Version two" }, admin))
          .data.agreement_template

        const all = await api.get(TEMPLATES, admin)
        expect(all.data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        const byName = Object.fromEntries(
          all.data.agreement_templates.map((t: { name: string }) => [t.name, t])
        )
        expect(byName["Rental terms"]).toMatchObject({ id: revised.id, version: 2 })
        expect(byName["Rental terms"].versions).toEqual([
          expect.objectContaining({ id: first.id, version: 1, in_use_at: expect.any(String) }),
          expect.objectContaining({ id: revised.id, version: 2, in_use_at: null }),
        ])
        expect(byName["Service agreement"]).toMatchObject({ id: second.id, version: 1 })
        expect(versionNumbers(byName["Service agreement"])).toEqual([1])

        const page = await api.get(`${TEMPLATES}?limit=1&offset=1&order=name`, admin)
        expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(page.data.agreement_templates.map((t: { id: string }) => t.id)).toEqual([second.id])

        const search = await api.get(`${TEMPLATES}?q=rental`, admin)
        expect(search.data.agreement_templates.map((t: { id: string }) => t.id)).toEqual([
          revised.id,
        ])

        const badOrder = await settle(api.get(`${TEMPLATES}?order=secret`, admin))
        expect(badOrder.status).toBe(400)
      })

      it("answers 404 for an unknown template", async () => {
        const res = await settle(api.get(`${TEMPLATES}/agrtpl_unknown`, admin))
        expect(res.status).toBe(404)
      })
    })

    describe("revising", () => {
      it("changes a version no quote was sent with in place: same id, still version 1", async () => {
        const template = await createTemplate()
        const res = await api.post(
          `${TEMPLATES}/${template.id}`,
          { name: "Supply agreement 2026", body: "Dear {{ customer.first_name }}," },
          admin
        )
        expect(res.status).toBe(200)
        expect(res.data.agreement_template).toMatchObject({
          id: template.id,
          name: "Supply agreement 2026",
          body: "Dear {{ customer.first_name }},",
          version: 1,
          is_latest: true,
        })
        expect(versionNumbers(res.data.agreement_template)).toEqual([1])
        expect(await storedVersions()).toHaveLength(1)
      })

      it("keeps a version in use unchanged and stores the edit as version 2", async () => {
        const v1 = await createTemplate()
        expect(await agreements().markTemplateInUse(v1.id)).toBe(true)
        expect(await agreements().markTemplateInUse(v1.id)).toBe(false)
        const frozen = (await api.get(`${TEMPLATES}/${v1.id}`, admin)).data.agreement_template

        const res = await api.post(`${TEMPLATES}/${v1.id}`, { body: "New terms." }, admin)
        expect(res.status).toBe(200)
        const v2 = res.data.agreement_template
        expect(v2).toMatchObject({
          family_id: v1.id,
          name: v1.name,
          body: "New terms.",
          version: 2,
          is_latest: true,
          in_use_at: null,
        })
        expect(v2.id).not.toBe(v1.id)
        expect(versionNumbers(v2)).toEqual([1, 2])

        const old = (await api.get(`${TEMPLATES}/${v1.id}`, admin)).data.agreement_template
        expect(old).toEqual({
          ...frozen,
          is_latest: false,
          updated_at: old.updated_at,
          versions: v2.versions,
        })
        expect(old.body).toBe(agreementTemplateBody().body)

        // Version 2 is not in use yet: editing it, even through version 1's id, changes it in place.
        const again = await api.post(`${TEMPLATES}/${v1.id}`, { name: "Renamed" }, admin)
        expect(again.data.agreement_template).toMatchObject({
          id: v2.id,
          version: 2,
          name: "Renamed",
          body: "New terms.",
        })
        expect(await storedVersions()).toHaveLength(2)
      })

      it("versions a template's translations with it: a German version added to a template in use is version 2", async () => {
        const v1 = await createTemplate()
        await agreements().markTemplateInUse(v1.id)
        const german = { de: { name: "Liefervertrag", body: "Vertrag mit {{company.name}}." } }
        const res = await api.post(`${TEMPLATES}/${v1.id}`, { translations: german }, admin)
        expect(res.data.agreement_template).toMatchObject({
          version: 2,
          name: v1.name,
          body: v1.body,
          translations: german,
        })
        // Version 1 stays as it was signed and sent: no German version.
        const old = (await api.get(`${TEMPLATES}/${v1.id}`, admin)).data.agreement_template
        expect(old.translations).toBeNull()
        // The same translations again change nothing; null removes them (in place: v2 is unused).
        await api.post(`${TEMPLATES}/${v1.id}`, { translations: german }, admin)
        expect(await storedVersions()).toHaveLength(2)
        const cleared = await api.post(`${TEMPLATES}/${v1.id}`, { translations: null }, admin)
        expect(cleared.data.agreement_template).toMatchObject({ version: 2, translations: null })
      })

      it.each([
        ["a language the portal does not have", { xx: { name: "X", body: "Text." } }, /de, en, fr/],
        [
          "an unknown variable in a translation",
          { de: { name: "D", body: "{{kunde.name}}" } },
          /kunde/,
        ],
        ["a translation without a body", { de: { name: "D" } }, /body/],
      ])(
        "refuses %s with 400 and leaves the template as it was",
        async (_label, translations, message) => {
          const template = await createTemplate()
          const before = await storedVersions()
          const res = await settle(api.post(`${TEMPLATES}/${template.id}`, { translations }, admin))
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(message)
          expect(await storedVersions()).toEqual(before)
        }
      )

      it("creates no version for an edit that changes nothing", async () => {
        const template = await createTemplate()
        await agreements().markTemplateInUse(template.id)
        const res = await api.post(`${TEMPLATES}/${template.id}`, { name: template.name }, admin)
        expect(res.data.agreement_template).toMatchObject({ id: template.id, version: 1 })
        expect(await storedVersions()).toHaveLength(1)
      })

      it("creates exactly one new version when an in-use template is edited 10 times at once", async () => {
        const template = await createTemplate()
        await agreements().markTemplateInUse(template.id)
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            settle(api.post(`${TEMPLATES}/${template.id}`, { body: `Edit ${i}` }, admin))
          )
        )
        expect(results.map((res) => res.status)).toEqual(Array(10).fill(200))
        const stored = await storedVersions()
        expect(stored.map((version) => [version.version, version.is_latest])).toEqual([
          [1, false],
          [2, true],
        ])
        expect(stored[0].body).toBe(agreementTemplateBody().body)
      })

      it("refuses an unknown variable with 400 and leaves the template as it was", async () => {
        const template = await createTemplate()
        const before = await storedVersions()
        const res = await settle(
          api.post(`${TEMPLATES}/${template.id}`, { body: "{{customer.name}}" }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/\{\{customer\.name\}\}/)
        expect(await storedVersions()).toEqual(before)
      })

      it.each([
        ["malformed JSON", "{oops", 400],
        ["no change at all", {}, 400],
        ["an unknown field", { is_latest: false }, 400],
      ])("refuses %s", async (_label, payload, status) => {
        const template = await createTemplate()
        const before = await storedVersions()
        const res = await settle(
          api.post(`${TEMPLATES}/${template.id}`, payload, {
            headers: { ...admin.headers, "content-type": "application/json" },
          })
        )
        expect(res.status).toBe(status)
        expect(await storedVersions()).toEqual(before)
      })

      it("answers 404 for an unknown template", async () => {
        const res = await settle(api.post(`${TEMPLATES}/agrtpl_unknown`, { name: "X" }, admin))
        expect(res.status).toBe(404)
      })
    })

    describe("deleting", () => {
      it("deletes an unused template with all its versions", async () => {
        const template = await createTemplate()
        const other = await createTemplate({ name: "Other" })
        await api.post(`${TEMPLATES}/${template.id}`, { body: "Still version 1" }, admin)

        const res = await api.delete(`${TEMPLATES}/${template.id}`, admin)
        expect(res.data).toMatchObject({
          id: template.id,
          object: "portal_agreement_template",
          deleted: true,
        })
        expect((await settle(api.get(`${TEMPLATES}/${template.id}`, admin))).status).toBe(404)
        const list = await api.get(TEMPLATES, admin)
        expect(list.data.agreement_templates.map((t: { id: string }) => t.id)).toEqual([other.id])
      })

      it("refuses with 409 once any version was sent, and deletes nothing", async () => {
        const v1 = await createTemplate()
        await agreements().markTemplateInUse(v1.id)
        const v2 = (await api.post(`${TEMPLATES}/${v1.id}`, { body: "Version two" }, admin)).data
          .agreement_template
        const before = await storedVersions()

        for (const id of [v1.id, v2.id]) {
          const res = await settle(api.delete(`${TEMPLATES}/${id}`, admin))
          expect(res.status).toBe(409)
          expect(res.data.message).toBe(
            'Agreement template "Supply agreement" version 1 has been sent with a quote and cannot be deleted'
          )
        }
        expect(await storedVersions()).toEqual(before)
      })

      it("refuses with 409 while a quote names the template, and deletes nothing", async () => {
        const store = await createStore(getContainer())
        const template = await createTemplate()
        const quote = (await api.post("/admin/portal/quotes", quoteBody(store), admin)).data.quote
        await quotes().updatePortalQuotes({ id: quote.id, agreement_template_id: template.id })
        const before = await storedVersions()

        const res = await settle(api.delete(`${TEMPLATES}/${template.id}`, admin))
        expect(res.status).toBe(409)
        expect(res.data.message).toBe(
          `Agreement template "Supply agreement" is attached to quote ${quote.number} and cannot be deleted`
        )
        expect(await storedVersions()).toEqual(before)
      })

      it("refuses with 409 once a version was signed", async () => {
        const template = await createTemplate()
        await agreements().createPortalSignedAgreements({
          quote_id: "quo_signed",
          template_id: template.id,
          template_version: 1,
          document: {},
          document_sha256: "a".repeat(64),
          pdf_sha256: "b".repeat(64),
          pdf_file_id: "file_pdf",
          signature_file_id: "file_signature",
          signature_sha256: "c".repeat(64),
          signer_name: "Bea Buyer",
          signer_email: "buyer@acme.test",
          signed_at: new Date(),
          consent_text: "I agree.",
          identified_by: "link",
          selected_item_ids: { ids: [] },
          totals: {},
        })
        const res = await settle(api.delete(`${TEMPLATES}/${template.id}`, admin))
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/has been signed/)
        expect(await storedVersions()).toHaveLength(1)
      })

      it("answers 404 for an unknown template", async () => {
        const res = await settle(api.delete(`${TEMPLATES}/agrtpl_unknown`, admin))
        expect(res.status).toBe(404)
      })
    })
  },
})
