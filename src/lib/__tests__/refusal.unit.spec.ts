import { MedusaError } from "@medusajs/framework/utils"
import de from "../../shared/i18n/catalogs/de/refusal"
import en from "../../shared/i18n/catalogs/en/refusal"
import fr from "../../shared/i18n/catalogs/fr/refusal"
import type { RefusalKey } from "../i18n"
import { portalLanguages } from "../i18n"
import { refusal, refusalOf, refusalText } from "../refusal"

type Tree = { [key: string]: string | Tree }

/** Every sentence of a catalog, by its dotted key. */
function sentences(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value]] : sentences(value, `${prefix}${key}.`)
  )
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()
const nested = (text: string) => [...text.matchAll(/\$t\(([^)]+)\)/g)].map((m) => m[1]).sort()

describe("refusals in the reader's language", () => {
  const refusals = sentences(en as unknown as Tree).filter(([key]) => !key.startsWith("status."))
  const statusWords = en.status as unknown as Record<string, Record<string, string>>

  it("has every refusal in each language, with the English one's values and status words", () => {
    const catalogs: Record<string, unknown> = { en, de, fr }
    expect(Object.keys(catalogs).sort()).toEqual(portalLanguages())
    for (const [language, catalog] of Object.entries(catalogs)) {
      const translated = Object.fromEntries(sentences(catalog as Tree))
      for (const [key, english] of refusals) {
        expect([language, key, placeholders(translated[key] ?? "")]).toEqual([
          language,
          key,
          placeholders(english),
        ])
        expect([language, key, nested(translated[key] ?? "")]).toEqual([
          language,
          key,
          nested(english),
        ])
        if (language !== "en")
          expect([language, key, translated[key]]).not.toEqual([language, key, english])
      }
    }
  })

  it("names every status of a nested status word, in every language", () => {
    for (const language of portalLanguages()) {
      for (const [key, english] of refusals) {
        const kinds = nested(english).map((reference) => /^status\.(\w+)\./.exec(reference)?.[1])
        for (const kind of kinds.filter((kind): kind is string => !!kind)) {
          for (const status of Object.keys(statusWords[kind])) {
            const text = refusalText(language, key as RefusalKey, {
              number: "N-1",
              from: status,
              to: status,
              status,
            })
            expect({ language, key, text }).toEqual({
              language,
              key,
              text: expect.not.stringMatching(/\$t\(|status\.|{{/),
            })
          }
        }
      }
    }
  })

  it("keeps its key and values through a workflow's serialization, and reads in English by default", () => {
    const error = refusal(MedusaError.Types.CONFLICT, "quote.cannot_become", {
      number: "Q-1",
      from: "accepted",
      to: "cancelled",
    })
    expect(error.message).toBe("Quote Q-1 is accepted and cannot become cancelled")
    // Medusa's serializeError copies own properties into a plain object.
    const serialized = Object.fromEntries(
      Object.getOwnPropertyNames(error).map((name) => [name, (error as never)[name]])
    )
    expect(refusalOf(serialized)).toEqual({
      refusal_key: "quote.cannot_become",
      refusal_values: { number: "Q-1", from: "accepted", to: "cancelled" },
    })
    expect(
      refusalText("de", "quote.cannot_become", { number: "Q-1", from: "accepted", to: "cancelled" })
    ).toBe("Angebot Q-1 ist angenommen und kann nicht mehr storniert werden")
    expect(refusalOf(new MedusaError(MedusaError.Types.CONFLICT, "plain"))).toBeNull()
  })
})
