import { QUOTE_MODULE } from "../../../../modules/quote"
import { portalPageUrl, portalUrlOption } from "../urls"

describe("portal URLs", () => {
  const envPortalUrl = process.env.PORTAL_URL

  afterEach(() => {
    if (envPortalUrl === undefined) delete process.env.PORTAL_URL
    else process.env.PORTAL_URL = envPortalUrl
  })

  it("builds the page on the configured portalUrl, without a double slash", () => {
    expect(portalPageUrl("https://portal.example.com/", "/q/abc")).toBe(
      "https://portal.example.com/q/abc"
    )
  })

  it("prefers the portalUrl option to the PORTAL_URL environment variable", () => {
    process.env.PORTAL_URL = "https://elsewhere.example.com"
    expect(portalPageUrl("https://portal.example.com", "/invite/t")).toBe(
      "https://portal.example.com/invite/t"
    )
    expect(portalPageUrl(undefined, "/invite/t")).toBe("https://elsewhere.example.com/invite/t")
  })

  it("reads the option from the quote module's declaration, as a plugin or in medusa-config", () => {
    const modules = {
      [QUOTE_MODULE]: { resolve: "./src/modules/quote", options: { portalUrl: "https://p.test" } },
    }
    expect(portalUrlOption({ modules })).toBe("https://p.test")
    expect(
      portalUrlOption({ modules: { [QUOTE_MODULE]: { resolve: "./src/modules/quote" } } })
    ).toBeUndefined()
    expect(portalUrlOption({})).toBeUndefined()
  })
})
