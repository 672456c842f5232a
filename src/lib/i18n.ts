// The portal's words in the reader's language, on the server: emails and papers
// (docs/ARCHITECTURE.md, "Languages"). One place every layer may import.
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import i18next, { type i18n } from "i18next"
import type { MessageKey } from "../shared/i18n/catalog"
import type email from "../shared/i18n/catalogs/en/email"
import type pdf from "../shared/i18n/catalogs/en/pdf"
import type refusal from "../shared/i18n/catalogs/en/refusal"
import { SOURCE_LANGUAGE } from "../shared/i18n/languages"
import { type Catalog, untranslatedWords } from "../shared/i18n/translate"

/** The namespaces, each a catalog file per language, and their English shape. */
type Namespaces = { email: typeof email; pdf: typeof pdf; refusal: typeof refusal }
export type Namespace = keyof Namespaces
/** A sentence of the `email` catalog: "invitation.subject". */
export type EmailKey = MessageKey<Namespaces["email"]>
/** A word or sentence of the `pdf` catalog: "layout.page". */
export type PdfKey = MessageKey<Namespaces["pdf"]>
/** Why a request was refused, in the `refusal` catalog: "access.invalid_link". */
export type RefusalKey = MessageKey<Namespaces["refusal"]>

const CATALOGS = join(__dirname, "..", "shared", "i18n", "catalogs")

/** A language is a folder of catalogs: adding one needs nothing else (README, "Languages"). */
function loadCatalogs(): Record<string, Record<string, object>> {
  const resources: Record<string, Record<string, object>> = {}
  for (const language of readdirSync(CATALOGS)) {
    const folder = join(CATALOGS, language)
    resources[language] = {}
    for (const file of readdirSync(folder)) {
      const match = file.match(/^([a-z-]+)\.(js|ts)$/)
      if (!match || file.endsWith(".d.ts")) continue
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const loaded = require(join(folder, match[1]))
      resources[language][match[1]] = loaded.default ?? loaded
    }
  }
  return resources
}

let instance: i18n | undefined

function messages(): i18n {
  if (instance) return instance
  const resources = existsSync(CATALOGS) ? loadCatalogs() : {}
  const created = i18next.createInstance()
  void created.init({
    resources,
    fallbackLng: SOURCE_LANGUAGE,
    initImmediate: false,
    // Emails and papers escape what they print themselves.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  instance = created
  return created
}

/** The languages the portal has catalogs for. */
export function portalLanguages(): string[] {
  return Object.keys(messages().options.resources ?? {}).sort()
}

/**
 * The English words of a namespace's catalog that `text`, meant to be in `language`, still
 * holds (src/shared/i18n/translate.ts, untranslatedWords). Empty when none.
 */
export function untranslated(text: string, namespace: Namespace, language: string): string[] {
  const bundle = (lng: string) => (messages().getResourceBundle(lng, namespace) ?? {}) as Catalog
  return untranslatedWords(text, [bundle(SOURCE_LANGUAGE)], [bundle(language)])
}

/**
 * `t(key, values)` for one language and namespace; a key the language lacks falls back to
 * English. Keys are checked against the English catalog.
 */
export function translator<N extends Namespace>(language: string, namespace: N) {
  const t = messages().getFixedT(language, namespace)
  return (key: MessageKey<Namespaces[N]>, values?: Record<string, string | number>): string =>
    t(key, values ?? {}) as string
}
