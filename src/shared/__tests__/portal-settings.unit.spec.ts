import { isLogoUrl, PRIMARY_COLOR_PATTERN } from "../portal-settings"

describe("logo URLs", () => {
  it.each([
    "https://cdn.example.com/logo.png",
    "http://localhost:9000/static/logo.png",
    "/static/logo.png",
    "/logo.svg?v=2",
  ])("accepts %s", (url) => {
    expect(isLogoUrl(url)).toBe(true)
  })

  it.each([
    "logo.png",
    "static/logo.png",
    "//evil.example.com/logo.png",
    "/\\evil.example.com/logo.png",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "ftp://example.com/logo.png",
    "https://",
    "https://cdn.example.com/my logo.png",
    "",
  ])("refuses %s", (url) => {
    expect(isLogoUrl(url)).toBe(false)
  })
})

describe("primary colours", () => {
  it.each(["#1d4ed8", "#FFFFFF", "#000000"])("accepts %s", (colour) => {
    expect(PRIMARY_COLOR_PATTERN.test(colour)).toBe(true)
  })

  it.each(["1d4ed8", "#fff", "#1d4ed8ff", "red", "#1d4ed8;", "#gggggg"])("refuses %s", (colour) => {
    expect(PRIMARY_COLOR_PATTERN.test(colour)).toBe(false)
  })
})
