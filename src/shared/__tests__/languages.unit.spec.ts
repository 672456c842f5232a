import { acceptedLanguages, baseLanguage, pickLanguage } from "../i18n/languages"

describe("the reader's language", () => {
  it("reads a tag's language", () => {
    expect(baseLanguage("de-AT")).toBe("de")
    expect(baseLanguage("FR_ca")).toBe("fr")
    expect(baseLanguage("")).toBeNull()
    expect(baseLanguage("x")).toBeNull()
    expect(baseLanguage(null)).toBeNull()
  })

  it("orders Accept-Language by weight, then by order, without * or q=0", () => {
    expect(acceptedLanguages("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.95, *;q=0.5")).toEqual([
      "fr-CH",
      "de",
      "fr",
      "en",
    ])
    expect(acceptedLanguages("de;q=0, it")).toEqual(["it"])
    expect(acceptedLanguages("en;q=abc, de")).toEqual(["de"])
    expect(acceptedLanguages(undefined)).toEqual([])
  })

  it("takes the first preference the portal has a catalog for, else English", () => {
    const available = ["de", "en", "fr"]
    // The contact's own choice first, then the company's, the browser's, the store's.
    expect(pickLanguage(["de", "fr", "en-US"], available)).toBe("de")
    expect(pickLanguage([null, "fr", "de-DE"], available)).toBe("fr")
    expect(pickLanguage([undefined, null, "it", "de-AT", "en"], available)).toBe("de")
    expect(pickLanguage([null, undefined, "pt-BR"], available)).toBe("en")
  })
})
