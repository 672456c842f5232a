import { readdirSync } from "node:fs"
import { join } from "node:path"
import i18next from "i18next"
import {
  type Catalog,
  createTranslate,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  pseudoCatalog,
  sentencesOf,
  untranslatedWords,
} from "../i18n/translate"

const CATALOGS = join(__dirname, "..", "i18n", "catalogs")

/** Every portal catalog: language → namespace → catalog, as the storefront loads them. */
function portalCatalogs(): Record<string, Record<string, Catalog>> {
  const all: Record<string, Record<string, Catalog>> = {}
  for (const language of readdirSync(CATALOGS)) {
    all[language] = {}
    for (const file of readdirSync(join(CATALOGS, language, "portal"))) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      all[language][file.replace(/\.ts$/, "")] = require(
        join(CATALOGS, language, "portal", file)
      ).default
    }
  }
  return all
}

/** Each key of a catalog, plural forms folded into their base ("items" for items_one). */
function keysOf(catalog: Catalog, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "string"
      ? [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`]
      : keysOf(value, `${prefix}${key}.`)
  )
}

describe("the storefront's catalog reader", () => {
  const catalogs = portalCatalogs()

  it("finds English, German and French, each with the same namespaces", () => {
    expect(Object.keys(catalogs)).toEqual(expect.arrayContaining(["de", "en", "fr"]))
    for (const language of Object.keys(catalogs)) {
      expect(Object.keys(catalogs[language]).sort()).toEqual(Object.keys(catalogs.en).sort())
    }
  })

  it("answers every key of every catalog as i18next does, values and plurals included", async () => {
    const reference = i18next.createInstance()
    await reference.init({
      resources: catalogs as never,
      fallbackLng: false,
      interpolation: { escapeValue: false },
      initImmediate: false,
    })
    let checked = 0
    for (const [language, namespaces] of Object.entries(catalogs)) {
      for (const [namespace, catalog] of Object.entries(namespaces)) {
        const ours = createTranslate(language, catalog)
        const theirs = reference.getFixedT(language, namespace)
        for (const key of new Set(keysOf(catalog))) {
          // Values every sentence may name, and counts that pick each plural form.
          for (const count of [0, 1, 2, 5, 21]) {
            const values = {
              count,
              number: "Q-1001",
              name: "Anna",
              company: "Bergmann",
              date: "3 May",
              amount: "€10.00",
            }
            expect([language, namespace, key, ours(key, values)]).toEqual([
              language,
              namespace,
              key,
              theirs(key, values),
            ])
            checked++
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000)
  })

  it("answers the key itself for a key the catalog lacks, so a gap shows", () => {
    expect(createTranslate("de", { a: "b" })("missing.key")).toBe("missing.key")
  })

  it("marks and accents every pseudo-locale sentence, keeping its values", () => {
    const pseudo = pseudoCatalog({ list: { range: "{{first}} of {{count}}", next: "Next" } })
    const range = createTranslate("en", pseudo)("list.range", { first: 1, count: 9 })
    expect(range.startsWith(PSEUDO_OPEN) && range.endsWith(PSEUDO_CLOSE)).toBe(true)
    expect(range).toContain("1 öf 9")
    expect(createTranslate("en", pseudo)("list.next")).toMatch(/^⟦Ñéxt·+⟧$/)
    // Every sentence of the real catalogs stays marked.
    for (const sentence of sentencesOf(pseudoCatalog(catalogs.en.common))) {
      expect(sentence.startsWith(PSEUDO_OPEN)).toBe(true)
    }
  })

  it("finds English left in a German page, not words German uses too", () => {
    const en = [catalogs.en.common]
    const de = [catalogs.de.common]
    expect(untranslatedWords("Übersicht · Sign out", en, de)).toEqual(["Sign out"])
    expect(untranslatedWords("Übersicht · Abmelden", en, de)).toEqual([])
  })
})
