import { isLogoUrl, logoImageType, PRIMARY_COLOR_PATTERN } from "../portal-settings"

describe("logo URLs", () => {
  it.each([
    "https://cdn.example.com/logo.png",
    "http://localhost:9000/static/logo.png",
    "/static/logo.png",
    "/logo.webp?v=2",
    "https://cdn.example.com/LOGO.JPG",
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
    // Not a raster image: SVG can carry script.
    "/logo.svg?v=2",
    "https://cdn.example.com/logo.svg",
    "https://cdn.example.com/logo.svg#.png",
    "https://cdn.example.com/logo",
  ])("refuses %s", (url) => {
    expect(isLogoUrl(url)).toBe(false)
  })
})

describe("uploaded logo content", () => {
  const bytes = (...parts: (number[] | string)[]) =>
    new Uint8Array(
      parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part)] : part))
    )

  it.each([
    ["png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "rest")],
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0], "rest")],
    ["webp", bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 ")],
  ])("recognises %s by its first bytes", (type, content) => {
    expect(logoImageType(content)).toBe(type)
  })

  it.each([
    [
      "an SVG with script",
      bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
    ["a GIF", bytes("GIF89a", [1, 0, 1, 0])],
    ["a RIFF that is not WebP", bytes("RIFF", [0, 0, 0, 0], "WAVEfmt ")],
    ["a truncated PNG signature", bytes([0x89, 0x50, 0x4e, 0x47])],
    ["nothing", bytes()],
  ])("refuses %s", (_label, content) => {
    expect(logoImageType(content)).toBeNull()
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
