// The portal's words in the reader's language, on the server: emails and papers
// (docs/ARCHITECTURE.md, "Languages"). One place every layer may import.
import { existsSync, readdirSync } from "node:fs"
import { join } from "node:path"
import i18next, { type i18n } from "i18next"
import type { MessageKey } from "../shared/i18n/catalog"
import type email from "../shared/i18n/catalogs/en/email"
import type pdf from "../shared/i18n/catalogs/en/pdf"
import { SOURCE_LANGUAGE } from "../shared/i18n/languages"

/** The namespaces, each a catalog file per language, and their English shape. */
type Namespaces = { email: typeof email; pdf: typeof pdf }
export type Namespace = keyof Namespaces
/** A sentence of the `email` catalog: "invitation.subject". */
export type EmailKey = MessageKey<Namespaces["email"]>
/** A word or sentence of the `pdf` catalog: "layout.page". */
export type PdfKey = MessageKey<Namespaces["pdf"]>

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

/** The English text of every key of a namespace, to check a page or email for leftovers. */
export function sourceMessages(namespace: Namespace): string[] {
  const walk = (value: unknown): string[] =>
    typeof value === "string"
      ? [value]
      : Object.values(value as Record<string, unknown>).flatMap(walk)
  return walk(messages().getResourceBundle(SOURCE_LANGUAGE, namespace) ?? {})
}

/**
 * The English words of a namespace's catalog (each sentence's text between its `{{values}}`,
 * four characters or more) that `text` still holds, in any case: what a page or email in another language
 * left untranslated. Empty when none.
 */
export function untranslated(text: string, namespace: Namespace): string[] {
  // Links are addresses, not words (a German email links to /account/quotes/…).
  const words = text.replace(/https?:\/\/\S+/g, " ")
  return sourceMessages(namespace)
    .flatMap((sentence) => sentence.split(/\{\{\w+\}\}/).map((part) => part.trim()))
    .filter((part) => part.length > 3)
    .filter((part) => {
      const escaped = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      // As whole words, in any case: papers print some labels in capitals.
      return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(words)
    })
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
