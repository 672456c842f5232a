import { isTokenRoute, maskTokens, tokenInPath } from "../token-routes"

const TOKEN = "Ab3_-x".repeat(7) + "z"

describe("maskTokens", () => {
  it.each([
    ["a link's view", `/store/portal/quote-links/${TOKEN}`, "/store/portal/quote-links/:token"],
    [
      "a link's route with a query",
      `/store/portal/quote-links/${TOKEN}/invoices/inv_1/pay?x=1`,
      "/store/portal/quote-links/:token/invoices/inv_1/pay?x=1",
    ],
    [
      "another case, as Express routes it",
      `/STORE/Portal/Quote-Links/${TOKEN}/accept`,
      "/STORE/Portal/Quote-Links/:token/accept",
    ],
    [
      "an invitation check",
      `/store/portal/invitations/${TOKEN}`,
      "/store/portal/invitations/:token",
    ],
    [
      "invitation accept, a route name",
      "/store/portal/invitations/accept",
      "/store/portal/invitations/accept",
    ],
    [
      "an absolute-form request target",
      `http://h/store/portal/quote-links/${TOKEN}`,
      "http://h/store/portal/quote-links/:token",
    ],
    ["another route", "/store/portal/quotes/quote_1", "/store/portal/quotes/quote_1"],
  ])("%s", (_label, url, masked) => {
    expect(maskTokens(url)).toBe(masked)
    expect(maskTokens(maskTokens(url))).toBe(masked)
  })
})

describe("tokenInPath and isTokenRoute", () => {
  it("finds the token of a token route only", () => {
    expect(tokenInPath(`/store/portal/quote-links/${TOKEN}/pdf`)).toBe(TOKEN)
    expect(tokenInPath("/store/portal/invitations/accept")).toBeNull()
    expect(tokenInPath("/store/portal/quotes/quote_1")).toBeNull()
    expect(isTokenRoute("/store/portal/invitations/accept")).toBe(true)
    expect(isTokenRoute("/store/portal/quote-links")).toBe(true)
    expect(isTokenRoute("/store/portal/quote-linksx")).toBe(false)
    expect(isTokenRoute("/store/portal/quotes")).toBe(false)
  })
})
