import { createHash } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { formatTotalsAmount, presentQuoteTotals } from "../../src/shared/totals-presentation"
import {
  countOrders,
  createAdminUser,
  createSentQuote,
  createStore,
  createTaxRegion,
  Headers,
  itemNamed,
  settle,
  signBody,
  snapshotQuote,
  Store,
  waitFor,
  quoteLink as link,
} from "../helpers/fixtures"
import { mailCatcher } from "../helpers/mail"
import { untranslated } from "../../src/lib/i18n"
import { pdfText } from "../helpers/pdf-text"
import { drawnSignature } from "../helpers/signature"

jest.setTimeout(180_000)

const TEMPLATE = [
  "Agreement between {{merchant.name}} and {{company.name}}, represented by {{customer.first_name}} {{customer.last_name}} ({{customer.email}}).",
  "Quote {{quote.number}} totals {{quote.total}}; a deposit of {{quote.deposit}} is due on signing.",
  "{{quote.items}}",
  "Valid until {{quote.valid_until}}. Signed on {{today}}.",
].join("\n\n")

/** The same agreement in German: a quote in German is shown and signed in it. */
const GERMAN = {
  name: "Liefervertrag",
  body: [
    "Vertrag zwischen {{merchant.name}} und {{company.name}}, vertreten durch {{customer.first_name}} {{customer.last_name}} ({{customer.email}}).",
    "Angebot {{quote.number}}: Gesamtbetrag {{quote.total}}, bei Unterschrift ist eine Anzahlung von {{quote.deposit}} fällig.",
    "{{quote.items}}",
    "Gültig bis {{quote.valid_until}}. Unterschrieben am {{today}}.",
  ].join("\n\n"),
}

// The signer's confirmation is read as it arrives, PDF attached (helpers/mail.ts).
const mail = mailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    async function quoteWithAgreement(
      overrides: Record<string, unknown> = {},
      translations?: Record<string, { name: string; body: string }>
    ) {
      const template = await api.post(
        "/admin/portal/agreement-templates",
        { name: "Supply agreement", body: TEMPLATE, ...(translations ? { translations } : {}) },
        admin
      )
      return createSentQuote(api, admin, store, {
        agreement_template_id: template.data.agreement_template.id,
        deposit_percent: 30,
        ...overrides,
      })
    }

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    it("shows the agreement filled in for the buyer, and accept answers next: sign without changing anything", async () => {
      const { quote, token } = await quoteWithAgreement()
      const view = await api.get(link(token), store.storeHeaders)
      expect(view.data.quote.requires_signature).toBe(true)
      const text: string = view.data.agreement.text
      expect(text).toContain("represented by Bea Buyer (buyer@acme.test)")
      expect(text).toContain(`Quote ${quote.number} totals $3,750.00`)
      expect(text).toContain("a deposit of $1,125.00")
      expect(text).toContain("Printer P1")
      expect(view.data.agreement.consent_text).toEqual(expect.any(String))

      const before = await snapshotQuote(getContainer(), quote.id)
      const accept = await api.post(
        link(token, "/accept"),
        { selected_item_ids: [] },
        store.storeHeaders
      )
      expect(accept.data.next).toBe("sign")
      expect(await snapshotQuote(getContainer(), quote.id)).toEqual(before)
      expect(await countOrders(getContainer())).toBe(0)
    })

    it("escapes a <script> in a variable value in the HTML and keeps it literal in the PDF", async () => {
      const customers = getContainer().resolve(Modules.CUSTOMER)
      await customers.updateCustomers(store.customer.id, {
        company_name: "<script>alert(1)</script>",
      })
      const { token } = await quoteWithAgreement()
      const view = await api.get(link(token), store.storeHeaders)
      expect(view.data.agreement.html).not.toContain("<script>")
      expect(view.data.agreement.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
      const pdf = await api.get(link(token, "/pdf"), {
        ...store.storeHeaders,
        responseType: "arraybuffer",
      })
      expect(await pdfText(Buffer.from(pdf.data))).toContain("<script>alert(1)</script>")
    })

    it.each([
      ["without consent", { consent: false }],
      ["with a JPEG", { signature: "data:image/jpeg;base64,/9j/4AAQSkZJRg==" }],
      ["with a blank pad", { signature: drawnSignature(0) }],
      [
        "with an image over 1 MB",
        { signature: `data:image/png;base64,${Buffer.alloc(1_100_000, 1).toString("base64")}` },
      ],
      ["without a name", { signer_name: "" }],
      ["with a bad email", { signer_email: "not-an-email" }],
    ])("refuses to sign %s and changes nothing", async (_label, overrides) => {
      const { quote, token } = await quoteWithAgreement()
      const before = await snapshotQuote(getContainer(), quote.id)
      const res = await settle(
        api.post(link(token, "/sign"), signBody(overrides), store.storeHeaders)
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toEqual(expect.any(String))
      expect(await snapshotQuote(getContainer(), quote.id)).toEqual(before)
      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      expect(await agreements.listPortalSignedAgreements({})).toHaveLength(0)
      expect(await countOrders(getContainer())).toBe(0)
    })

    it("signs: records the proof, freezes the quote, creates the order and the deposit invoice, emails the PDF", async () => {
      const { quote, token } = await quoteWithAgreement()
      const warranty = itemNamed(quote, "Extended warranty")
      const res = await api.post(
        link(token, "/sign"),
        signBody({ selected_item_ids: [warranty.id] }),
        { headers: { ...store.storeHeaders.headers, "user-agent": "PortalTest/1.0" } }
      )
      expect(res.status).toBe(200)
      expect(res.data.quote.status).toBe("accepted")
      expect(res.data.order.display_id).toEqual(expect.any(Number))

      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      const [signed] = await agreements.listPortalSignedAgreements({ quote_id: quote.id })
      expect(signed).toMatchObject({
        signer_name: "Bea Buyer",
        signer_email: "bea@acme.test",
        identified_by: "link",
        user_agent: "PortalTest/1.0",
        document_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        pdf_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      })
      expect(signed.consent_text.length).toBeGreaterThan(10)
      expect(signed.ip).toEqual(expect.any(String))
      // The answer names the signed record whose PDF the quote's pdf route serves.
      expect(res.data.signed_agreement_id).toBe(signed.id)
      expect(res.data.signed_agreement).toMatchObject({
        signer_name: "Bea Buyer",
        document_sha256: signed.document_sha256,
      })

      // The PDF served after signing is the stored one, and it says who signed what.
      const pdf = await api.get(link(token, "/pdf"), {
        ...store.storeHeaders,
        responseType: "arraybuffer",
      })
      const bytes = Buffer.from(pdf.data)
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(signed.pdf_sha256)
      const text = await pdfText(bytes)
      expect(text).toContain("Bea Buyer")
      expect(text).toContain(quote.number)
      expect(text).toContain(signed.document_sha256)

      // 2000 + 250 + 300 (warranty instead of Printer P2) = 2550; 30% deposit = 765.
      const billing = getContainer().resolve<BillingModuleService>(BILLING_MODULE)
      const invoices = await billing.listPortalInvoices({ quote_id: quote.id })
      expect(invoices).toHaveLength(1)
      expect(invoices[0]).toMatchObject({ kind: "deposit", status: "unpaid", currency_code: "usd" })
      expect(Number(invoices[0].amount)).toBe(765)

      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const emails = await waitFor(async () => {
        const found = await notifications.listNotifications({ template: "portal-agreement-signed" })
        return found.length ? found : null
      })
      expect(emails.map((n: { to: string }) => n.to)).toEqual(["bea@acme.test"])
      const received = await mail.latest({
        to: "bea@acme.test",
        template: "portal-agreement-signed",
      })
      expect(received.text).toContain(`quote ${quote.number}`)
      expect(received.attachments).toEqual([
        { filename: `${quote.number}-signed-agreement.pdf`, contentType: "application/pdf" },
      ])

      // Frozen: staff can no longer change it, and it cannot be signed again.
      const edit = await settle(
        api.post(`/admin/portal/quotes/${quote.id}`, { terms: "changed" }, admin)
      )
      expect(edit.status).toBe(409)
      const again = await settle(api.post(link(token, "/sign"), signBody(), store.storeHeaders))
      expect(again.status).toBe(409)
    })

    it("shows, prints, signs and confirms the agreement in the quote's language, its German version", async () => {
      await mail.clear()
      const { quote, token } = await quoteWithAgreement({ language: "de" }, { de: GERMAN })
      // The page is told the quote's language and shows the German version of the agreement.
      const view = await api.get(link(token), store.storeHeaders)
      expect(view.data.language).toBe("de")
      expect(view.data.agreement).toMatchObject({ name: "Liefervertrag", language: "de" })
      expect(view.data.agreement.text).toContain("Vertrag zwischen")
      expect(view.data.agreement.consent_text).toContain("Ich habe diese Vereinbarung gelesen")
      const pdfOf = async () =>
        pdfText(
          Buffer.from(
            (
              await api.get(link(token, "/pdf"), {
                ...store.storeHeaders,
                responseType: "arraybuffer",
              })
            ).data
          )
        )
      const quotePdf = await pdfOf()
      expect(quotePdf).toContain(`Angebot ${quote.number}`)
      expect(quotePdf.toLowerCase()).toContain("erstellt für")
      expect(quotePdf).toContain("Zwischensumme")
      expect(quotePdf).toContain("Vertrag zwischen")
      expect(untranslated(quotePdf, "pdf", "de")).toEqual([])

      const signed = await api.post(link(token, "/sign"), signBody(), store.storeHeaders)
      expect(signed.status).toBe(200)
      // The record and the certificate name the version signed: German, version 1.
      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      const [record] = await agreements.listPortalSignedAgreements({ quote_id: quote.id })
      expect(record).toMatchObject({ template_version: 1, template_language: "de" })
      const signedPdf = await pdfOf()
      expect(signedPdf).toContain("Unterschriebene Vereinbarung")
      expect(signedPdf).toContain("Signaturzertifikat")
      expect(signedPdf).toContain("Liefervertrag, Fassung 1 (Deutsch)")
      expect(untranslated(signedPdf, "pdf", "de")).toEqual([])
      const received = await mail.latest({
        to: "bea@acme.test",
        template: "portal-agreement-signed",
      })
      expect(received.subject).toBe(`Unterzeichnet: Liefervertrag zu Angebot ${quote.number}`)
      expect(received.text).toContain("Vielen Dank, Bea Buyer.")
      expect(untranslated(`${received.subject}\n${received.text}`, "email", "de")).toEqual([])
    })

    it("falls back to the agreement's default text for a language it has no version in", async () => {
      const { quote, token } = await quoteWithAgreement({ language: "fr" }, { de: GERMAN })
      const view = await api.get(link(token), store.storeHeaders)
      expect(view.data.language).toBe("fr")
      expect(view.data.agreement).toMatchObject({ name: "Supply agreement", language: null })
      expect(view.data.agreement.text).toContain("Agreement between")
      // The portal's own words are still French; the merchant's text is their default one.
      expect(view.data.agreement.text).toMatch(/3\s750,00\s\$US/)
      const signed = await api.post(link(token, "/sign"), signBody(), store.storeHeaders)
      expect(signed.status).toBe(200)
      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      const [record] = await agreements.listPortalSignedAgreements({ quote_id: quote.id })
      expect(record).toMatchObject({ template_version: 1, template_language: null })
    })

    it("gives one signature, one order, one invoice and one email when sign is sent 10 times at once", async () => {
      const { quote, token } = await quoteWithAgreement()
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          settle(api.post(link(token, "/sign"), signBody(), store.storeHeaders))
        )
      )
      expect(results.filter((r) => r.status === 200)).toHaveLength(1)
      expect(results.filter((r) => r.status === 409)).toHaveLength(9)
      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      expect(await agreements.listPortalSignedAgreements({ quote_id: quote.id })).toHaveLength(1)
      expect(await countOrders(getContainer())).toBe(1)
      const billing = getContainer().resolve<BillingModuleService>(BILLING_MODULE)
      expect(await billing.listPortalInvoices({ quote_id: quote.id })).toHaveLength(1)
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await waitFor(async () => {
        const found = await notifications.listNotifications({ template: "portal-agreement-signed" })
        return found.length ? found : null
      })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(
        await notifications.listNotifications({ template: "portal-agreement-signed" })
      ).toHaveLength(1)
    })

    it("verifies a PDF byte for byte: the signed one matches, one changed byte does not", async () => {
      const { quote, token } = await quoteWithAgreement({ deposit_percent: null })
      await api.post(link(token, "/sign"), signBody(), store.storeHeaders)
      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      const [signed] = await agreements.listPortalSignedAgreements({ quote_id: quote.id })
      const pdf = Buffer.from(
        (await api.get(link(token, "/pdf"), { ...store.storeHeaders, responseType: "arraybuffer" }))
          .data
      )
      const verify = async (bytes: Buffer) => {
        const form = new FormData()
        form.append(
          "file",
          new Blob([new Uint8Array(bytes)], { type: "application/pdf" }),
          "signed.pdf"
        )
        return api.post(`/admin/portal/signed-agreements/${signed.id}/verify`, form, admin)
      }
      expect((await verify(pdf)).data.matches).toBe(true)
      const tampered = Buffer.from(pdf)
      tampered[Math.floor(tampered.length / 2)] ^= 0x01
      const res = await verify(tampered)
      expect(res.data).toMatchObject({ matches: false, expected_sha256: signed.pdf_sha256 })
      const missing = await settle(
        api.post(`/admin/portal/signed-agreements/${signed.id}/verify`, {}, admin)
      )
      expect(missing.status).toBe(400)
    })

    it("serves the quote PDF before signing", async () => {
      const { quote, token } = await quoteWithAgreement()
      const pdf = await api.get(link(token, "/pdf"), {
        ...store.storeHeaders,
        responseType: "arraybuffer",
      })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      const text = await pdfText(Buffer.from(pdf.data))
      expect(text).toContain(quote.number)
      expect(text).toContain("Printer P1")
    })

    it("prints the same subtotal, shipping, tax, total and deposit as the API on the quote PDF, the signed PDF and the deposit invoice", async () => {
      await createTaxRegion(getContainer(), "us", 8.25)
      const { quote, token } = await quoteWithAgreement({
        shipping_amount: 95,
        items: [
          {
            variant_id: store.variants[0].id,
            title: "Printer P1",
            quantity: 2,
            unit_price: 1000,
            discount_percent: 10,
          },
          { title: "Installation", quantity: 1, unit_price: 250 },
        ],
      })
      const view = (await api.get(link(token), store.storeHeaders)).data.quote
      const { rows, lines } = presentQuoteTotals(view.totals, view.items)
      const usd = (amount: number) =>
        new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount)
      const printed = Object.fromEntries(rows.map((row) => [row.key, formatTotalsAmount(row, usd)]))
      // 2 × $1,000 − 10 % + $250 = $2,050; freight $95; tax 8.25 % of $2,145.
      expect(printed).toEqual({
        subtotal: "$2,050.00",
        shipping: "$95.00",
        tax: "$176.96",
        total: "$2,321.96",
        deposit: "$696.59",
      })
      expect(lines[0]).toMatchObject({ unit_price: 1000, discount: 200, total: 1800 })

      const pdfOf = async (url: string, headers: object) =>
        (
          await pdfText(
            Buffer.from((await api.get(url, { ...headers, responseType: "arraybuffer" })).data)
          )
        ).replace(/\s+/g, " ")
      const expectTotals = (text: string) => {
        for (const [label, key] of [
          ["Subtotal", "subtotal"],
          ["Shipping", "shipping"],
          ["Tax", "tax"],
          ["Total", "total"],
        ]) {
          expect(text).toContain(`${label} ${printed[key]}`)
        }
      }

      const quotePdf = await pdfOf(link(token, "/pdf"), store.storeHeaders)
      expectTotals(quotePdf)
      expect(quotePdf).toContain(`Deposit (30%) ${printed.deposit}`)
      expect(quotePdf).toContain("Printer P1 2 $1,000.00 −$200.00 $1,800.00")

      const signed = await api.post(link(token, "/sign"), signBody(), store.storeHeaders)
      expect(signed.status).toBe(200)
      const signedPdf = await pdfOf(link(token, "/pdf"), store.storeHeaders)
      expectTotals(signedPdf)
      expect(signedPdf).toContain(`Deposit (30%) ${printed.deposit}`)

      const billing = getContainer().resolve<BillingModuleService>(BILLING_MODULE)
      const [deposit] = await billing.listPortalInvoices({ quote_id: quote.id })
      const invoicePdf = await pdfOf(`/admin/portal/invoices/${deposit.id}/pdf`, admin)
      expectTotals(invoicePdf)
      expect(invoicePdf).toContain(`Deposit invoice amount ${printed.deposit}`)
    })
  },
})
