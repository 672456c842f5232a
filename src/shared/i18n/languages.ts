// Which language a person reads the portal, its emails and papers in (docs/ARCHITECTURE.md,
// "Languages"): pure rules every layer and the storefront share.

/** The language the catalogs are written in first; every other falls back to it. */
export const SOURCE_LANGUAGE = "en"

/** "de-AT" → "de": catalogs are per language, formatting keeps the full tag. */
export function baseLanguage(tag: string | null | undefined): string | null {
  const base = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0]
  return /^[a-z]{2,3}$/.test(base) ? base : null
}

/**
 * The languages an `Accept-Language` header asks for, most wanted first (by `q`, then by
 * order); `*`, malformed entries and `q=0` are left out.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";")
      const weight = params.map((param) => param.trim()).find((param) => param.startsWith("q="))
      const q =
        weight === undefined ? 1 : /^q=[0-9.]+$/.test(weight) ? Number(weight.slice(2)) : NaN
      return { tag: tag.trim(), q, index }
    })
    .filter(({ tag, q }) => tag && tag !== "*" && Number.isFinite(q) && q > 0 && q <= 1)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag)
}

/**
 * The first of `preferences` (most important first: the contact's choice, the company's,
 * the browser's, the store's default) that the portal has a catalog for, else the source
 * language. Each may be a full tag ("de-AT") or missing.
 */
export function pickLanguage(
  preferences: ReadonlyArray<string | null | undefined>,
  available: readonly string[]
): string {
  for (const preference of preferences) {
    const base = baseLanguage(preference)
    if (base && available.includes(base)) return base
  }
  return SOURCE_LANGUAGE
}
