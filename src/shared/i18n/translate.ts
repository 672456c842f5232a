// Reading an i18next catalog without i18next, for the storefront portal (docs/ARCHITECTURE.md,
// "Languages"). The server's emails and papers use i18next itself (src/lib/i18n.ts); the
// portal's pages read the same catalog format with this small reader, because i18next's
// 14 KB (gzip) would put the quote link over its page budget (storefront-portal/scripts/
// report-size.mjs). What it reads: nested keys ("nav.quotes"), `{{value}}` interpolation,
// and plurals by `Intl.PluralRules` suffix (`key_one`, `key_other`) given a `count`, as
// i18next v21+ reads them. src/shared/__tests__/translate.unit.spec.ts holds it to i18next's
// answer for every key of every catalog.

/** A catalog as its file exports it: sentences, nested by topic. */
export type Catalog = { readonly [key: string]: string | Catalog }

export type TranslateValues = Record<string, string | number>

/** The sentence at a dotted key, or undefined. */
function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined
    node = node[part]
  }
  return typeof node === "string" ? node : undefined
}

const fill = (sentence: string, values: TranslateValues | undefined) =>
  sentence.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    values && name in values ? String(values[name]) : whole
  )

/**
 * `t(key, values)` over one language's catalog: with a numeric `count`, the plural form
 * `Intl.PluralRules` picks for the language (`_zero` first for 0, as i18next does; `_other`
 * when the catalog lacks that form), else the key itself. A key the catalog lacks answers the key, so a gap is visible, not blank.
 */
export function createTranslate(language: string, catalog: Catalog) {
  const rules = new Intl.PluralRules(language)
  return (key: string, values?: TranslateValues): string => {
    const count = values?.count
    let sentence: string | undefined
    if (typeof count === "number") {
      sentence =
        (count === 0 ? lookup(catalog, `${key}_zero`) : undefined) ??
        lookup(catalog, `${key}_${rules.select(count)}`) ??
        // A form the catalog does not spell out (French "many" for a million) reads as "other".
        lookup(catalog, `${key}_other`)
    }
    sentence ??= lookup(catalog, key)
    return sentence === undefined ? key : fill(sentence, values)
  }
}

const ACCENTED: Record<string, string> = {
  a: "å",
  c: "ç",
  e: "é",
  i: "î",
  n: "ñ",
  o: "ö",
  u: "ü",
  y: "ý",
  A: "Å",
  C: "Ç",
  E: "É",
  I: "Î",
  N: "Ñ",
  O: "Ö",
  U: "Ü",
  Y: "Ý",
}

/** The marks around every pseudo-locale sentence: text outside them was not translated. */
export const PSEUDO_OPEN = "⟦"
export const PSEUDO_CLOSE = "⟧"

/**
 * The pseudo-locale (`en-XA`): each English sentence accented, a third longer and between
 * ⟦ ⟧, its `{{values}}` untouched. A page shown in it reveals every string that does not come
 * from a catalog (it reads plain) and every layout that breaks on longer words.
 */
export function pseudoCatalog(catalog: Catalog): Catalog {
  const pseudo = (sentence: string) => {
    const parts = sentence.split(/(\{\{\s*\w+\s*\}\})/)
    const shown = parts
      .map((part) =>
        part.startsWith("{{") ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)
      )
      .join("")
    const letters = sentence.replace(/\{\{\s*\w+\s*\}\}/g, "").length
    return `${PSEUDO_OPEN}${shown}${"·".repeat(Math.ceil(letters / 3))}${PSEUDO_CLOSE}`
  }
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key,
      typeof value === "string" ? pseudo(value) : pseudoCatalog(value),
    ])
  )
}

/** Every sentence of a catalog. */
export function sentencesOf(catalog: Catalog): string[] {
  return Object.values(catalog).flatMap((value) =>
    typeof value === "string" ? [value] : sentencesOf(value)
  )
}

/** The words of each sentence between its `{{values}}`. */
const wordsOf = (catalogs: Catalog[]) =>
  catalogs
    .flatMap(sentencesOf)
    .flatMap((sentence) => sentence.split(/\{\{\s*\w+\s*\}\}/).map((part) => part.trim()))

const wholeWords = (words: string) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
    "iu"
  )

/**
 * The English words of `source` catalogs (each sentence's words between its `{{values}}`,
 * four characters or more) that `text`, meant to be in another language, still holds: as
 * whole words, in any case (papers print some labels in capitals), links left out. Words
 * that the language's own catalogs (`own`) use too ("Page", "Total" in French) do not count.
 * Empty when none.
 */
export function untranslatedWords(text: string, source: Catalog[], own: Catalog[]): string[] {
  // Links are addresses, not words (a German email links to /account/quotes/…).
  const shown = text.replace(/https?:\/\/\S+/g, " ")
  const ownWords = wordsOf(own).join("\n")
  return [
    ...new Set(
      wordsOf(source)
        .filter((words) => words.length > 3)
        .filter((words) => wholeWords(words).test(shown) && !wholeWords(words).test(ownWords))
    ),
  ]
}
