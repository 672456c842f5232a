import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createAdminUser,
  createSentQuote,
  createSignedQuote,
  createStore,
  Headers,
  quoteBody,
  settle,
  Store,
} from "../helpers/fixtures"

jest.setTimeout(180_000)

const QUOTES = "/admin/portal/quotes"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    const signedQuote = async () => (await createSignedQuote(api, admin, store)).quote

    describe("the actions staff may take, from the status machine", () => {
      it("offers edit, send and cancel on a draft, and no duplicate", async () => {
        const quote = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        expect(quote.actions).toEqual({
          edit: true,
          send: true,
          cancel: true,
          duplicate: false,
          take_up: false,
        })
        const detail = (await api.get(`${QUOTES}/${quote.id}`, admin)).data.quote
        expect(detail.actions).toEqual(quote.actions)
        expect(detail.signed_agreement).toBeNull()
      })

      it("offers only duplicate once the quote is cancelled", async () => {
        const { quote } = await createSentQuote(api, admin, store)
        const cancelled = (await api.post(`${QUOTES}/${quote.id}/cancel`, {}, admin)).data.quote
        expect(cancelled.actions).toEqual({
          edit: false,
          send: false,
          cancel: false,
          duplicate: true,
          take_up: false,
        })
      })

      it("leaves the extras out when the caller picks its fields", async () => {
        const quote = (await api.post(QUOTES, quoteBody(store), admin)).data.quote
        const res = await api.get(`${QUOTES}/${quote.id}?fields=id,status`, admin)
        expect(Object.keys(res.data.quote).sort()).toEqual(["id", "status"])
      })
    })

    describe("the signed agreement", () => {
      it("shows who signed, when, how, and the hashes, without the frozen document", async () => {
        const quote = await signedQuote()
        const detail = (await api.get(`${QUOTES}/${quote.id}`, admin)).data.quote
        expect(detail.status).toBe("accepted")
        expect(detail.signed_agreement).toMatchObject({
          id: expect.stringMatching(/^agrsig_/),
          signer_name: "Bea Buyer",
          signer_email: "bea@acme.test",
          identified_by: "link",
          signed_at: expect.any(String),
          consent_text: expect.any(String),
          document_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          pdf_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          template_version: 1,
        })
        expect(detail.signed_agreement.document).toBeUndefined()
        expect(detail.actions).toEqual({
          edit: false,
          send: false,
          cancel: false,
          duplicate: true,
          take_up: false,
        })
      })

      it("downloads the PDF whose SHA-256 is the one recorded at signing", async () => {
        const quote = await signedQuote()
        const detail = (await api.get(`${QUOTES}/${quote.id}`, admin)).data.quote
        const res = await api.get(`${QUOTES}/${quote.id}/signed-agreement/pdf`, {
          ...admin,
          responseType: "arraybuffer",
        })
        expect(res.headers["content-type"]).toBe("application/pdf")
        expect(res.headers["content-disposition"]).toContain(`${quote.number}-signed-agreement.pdf`)
        const pdf = Buffer.from(res.data)
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
        expect(createHash("sha256").update(pdf).digest("hex")).toBe(
          detail.signed_agreement.pdf_sha256
        )
      })

      it("answers 404 for the PDF of an unsigned quote and 401 without a session", async () => {
        const { quote } = await createSentQuote(api, admin, store)
        const unsigned = await settle(api.get(`${QUOTES}/${quote.id}/signed-agreement/pdf`, admin))
        expect(unsigned.status).toBe(404)
        const anonymous = await settle(api.get(`${QUOTES}/${quote.id}/signed-agreement/pdf`))
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
