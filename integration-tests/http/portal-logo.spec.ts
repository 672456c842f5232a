import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PNG } from "pngjs"
import { createAdminUser, Headers, settle } from "../helpers/fixtures"

jest.setTimeout(180_000)

const LOGO = "/admin/portal/settings/logo"
const SETTINGS = "/admin/portal/settings"
const SVG_WITH_SCRIPT =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>'

const logoForm = (content: Buffer | string, name: string, type: string) => {
  const form = new FormData()
  const bytes = typeof content === "string" ? content : new Uint8Array(content)
  form.append("file", new Blob([bytes], { type }), name)
  return form
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
    })

    it("takes a PNG logo, stores it under a random name and makes it the portal's logo", async () => {
      const png = PNG.sync.write(new PNG({ width: 4, height: 4 }))
      const res = await api.post(LOGO, logoForm(png, "acme.png", "image/png"), admin)

      expect(res.status).toBe(200)
      const url = new URL(res.data.settings.logo_url)
      expect(url.pathname).toMatch(/^\/static\/\d+-[0-9a-f-]{36}\.png$/)
      expect(url.pathname).not.toContain("acme")
      expect((await api.get(SETTINGS, admin)).data.settings.logo_url).toBe(url.href)
      const served = await api.get(url.pathname, { responseType: "arraybuffer" })
      expect(Buffer.from(served.data).equals(png)).toBe(true)
    })

    it.each([
      ["an SVG with script", SVG_WITH_SCRIPT, "logo.svg", "image/svg+xml"],
      ["an SVG named and typed as a PNG", SVG_WITH_SCRIPT, "logo.png", "image/png"],
      ["a GIF", Buffer.from("GIF89a\x01\x00\x01\x00"), "logo.gif", "image/gif"],
    ])("refuses %s as the logo and keeps the current one", async (_label, content, name, type) => {
      await api.post(SETTINGS, { logo_url: "https://cdn.acme.test/logo.png" }, admin)
      const res = await settle(api.post(LOGO, logoForm(content, name, type), admin))

      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/PNG, JPEG or WebP/)
      expect((await api.get(SETTINGS, admin)).data.settings.logo_url).toBe(
        "https://cdn.acme.test/logo.png"
      )
    })

    it.each(["https://cdn.acme.test/logo.svg", "/static/logo.svg", "/static/logo.svg?.png"])(
      "refuses %s as the logo URL",
      async (logo_url) => {
        const res = await settle(api.post(SETTINGS, { logo_url }, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/logo_url must be/)
      }
    )

    it("needs an admin session", async () => {
      const png = PNG.sync.write(new PNG({ width: 4, height: 4 }))
      const res = await settle(api.post(LOGO, logoForm(png, "acme.png", "image/png")))
      expect(res.status).toBe(401)
    })
  },
})
