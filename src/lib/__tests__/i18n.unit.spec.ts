import { renderEmail } from "../email/layout"
import { portalLanguages, translator, untranslated } from "../i18n"

describe("the server's catalogs", () => {
  it("finds every language folder, English, German and French among them", () => {
    expect(portalLanguages()).toEqual(expect.arrayContaining(["de", "en", "fr"]))
  })

  it("writes each language's words with the values filled in", () => {
    expect(translator("de", "email")("invitation.subject", { company: "Bergmann" })).toBe(
      "Ihr Portalzugang für Bergmann"
    )
    expect(translator("fr", "email")("invitation.action")).toBe("Définir votre mot de passe")
    expect(translator("en", "email")("invitation.subject", { company: "Acme" })).toBe(
      "Your Acme portal login"
    )
  })

  it("falls back to English for a language without a catalog", () => {
    expect(translator("it", "email")("invitation.action")).toBe("Set your password")
  })

  it("prints the layout's own words in the reader's language", () => {
    const message = {
      subject: "Betreff",
      paragraphs: ["Hallo"],
      quote: { author: "Anna", text: "Gern" },
      action: { label: "Öffnen", url: "https://portal.example/q/1" },
    }
    const german = renderEmail({ name: "Bergmann" }, message, "de")
    expect(german.html).toContain('<html lang="de">')
    expect(german.text).toContain("Anna schrieb:")
    expect(german.html).toContain("Falls die Schaltfläche nicht funktioniert")
    expect(untranslated(german.html + german.text, "email", "de")).toEqual([])
    // The check finds what is left in English.
    expect(untranslated("Hallo. Set your password", "email", "de")).toContain("Set your password")
    // Whole words only, and not in links: "quotes" in a URL is no English left.
    expect(untranslated("Angebot: https://portal.example/account/quotes/1", "email", "de")).toEqual(
      []
    )
    expect(untranslated("RECHNUNG · SET YOUR PASSWORD", "email", "de")).toContain(
      "Set your password"
    )
    // A word the language uses too is no English left: French prints "Page" as well.
    expect(untranslated("Page 1 sur 2", "pdf", "fr")).toEqual([])
    expect(untranslated("Page 1 of 2", "pdf", "de")).toEqual(["Page"])
  })
})
