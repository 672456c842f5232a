import { createHash } from "node:crypto"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import {
  createAdminUser,
  createSignedQuote,
  createStore,
  Headers,
  settle,
  Store,
} from "../helpers/fixtures"

jest.setTimeout(180_000)

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
/** The local provider's own prefix on private keys; the rest is the name we hand it. */
const LOCAL_PRIVATE_PREFIX = /^private-\d+-/
/** Where this repo's medusa-config.ts keeps private files, and what Medusa serves at /static. */
const PRIVATE_DIR = join(
  process.cwd(),
  process.env.PORTAL_PRIVATE_UPLOAD_DIR || ".data/uploads-private"
)
const STATIC_DIR = join(process.cwd(), "static")

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
    })

    it("keeps the signature image and signed PDF private under random keys, served only through the token and admin routes", async () => {
      const signedAt = Date.now()
      const { quote, token } = await createSignedQuote(api, admin, store)

      const agreements = getContainer().resolve<AgreementModuleService>(AGREEMENT_MODULE)
      const [signed] = await agreements.listPortalSignedAgreements({ quote_id: quote.id })
      const files = getContainer().resolve(Modules.FILE)
      const keys = [signed.pdf_file_id, signed.signature_file_id]

      for (const key of keys) {
        expect(key).not.toContain("/")
        expect(key).not.toContain(quote.number)
        expect(key).not.toMatch(/signature|agreement|\.pdf|\.png/i)
        expect(key.replace(LOCAL_PRIVATE_PREFIX, "")).toMatch(UUID)
        // Stored outside static/, where Medusa serves every file to anyone.
        expect(existsSync(join(PRIVATE_DIR, key))).toBe(true)
        expect(existsSync(join(STATIC_DIR, key))).toBe(false)
        expect((await files.getAsBuffer(key)).length).toBeGreaterThan(0)
      }

      // No record keeps a file URL that answers 404 (the PDF has routes of its own).
      expect(signed).not.toHaveProperty("pdf_url")
      const invoices = await api.get("/admin/portal/invoices", admin)
      expect(JSON.stringify(invoices.data)).not.toMatch(/pdf_url|\/static\//)

      const anonymousGets = [
        ...keys.map((key) => `/static/${key}`),
        ...keys.map((key) => `/static/${key.replace(LOCAL_PRIVATE_PREFIX, "")}`),
        // The names the provider used to derive from the quote number and the signing time.
        ...[0, 1, 2].map(
          (ms) => `/static/private-${signedAt + ms}-${quote.number}-signed-agreement.pdf`
        ),
      ]
      for (const path of anonymousGets) {
        const res = await settle(api.get(path, { responseType: "arraybuffer" }))
        expect({ path, status: res.status }).toEqual({ path, status: 404 })
      }

      const viaToken = await api.get(`/store/portal/quote-links/${token}/pdf`, {
        ...store.storeHeaders,
        responseType: "arraybuffer",
      })
      expect(sha256(Buffer.from(viaToken.data))).toBe(signed.pdf_sha256)
      expect(viaToken.headers["content-disposition"]).toContain(
        `${quote.number}-signed-agreement.pdf`
      )
      const viaAdmin = await api.get(`/admin/portal/quotes/${quote.id}/signed-agreement/pdf`, {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(sha256(Buffer.from(viaAdmin.data))).toBe(signed.pdf_sha256)

      const anonymousAdmin = await settle(
        api.get(`/admin/portal/quotes/${quote.id}/signed-agreement/pdf`)
      )
      expect(anonymousAdmin.status).toBe(401)
    })
  },
})
