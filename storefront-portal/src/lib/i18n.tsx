import type { MessageKey } from "@shared/i18n/catalog"
import type account from "@shared/i18n/catalogs/en/portal/account"
import type auth from "@shared/i18n/catalogs/en/portal/auth"
import type catalog from "@shared/i18n/catalogs/en/portal/catalog"
import type common from "@shared/i18n/catalogs/en/portal/common"
import type conversations from "@shared/i18n/catalogs/en/portal/conversations"
import type documents from "@shared/i18n/catalogs/en/portal/documents"
import type invoices from "@shared/i18n/catalogs/en/portal/invoices"
import type orders from "@shared/i18n/catalogs/en/portal/orders"
import type quote from "@shared/i18n/catalogs/en/portal/quote"
import type supplier from "@shared/i18n/catalogs/en/portal/supplier"
import type workRequests from "@shared/i18n/catalogs/en/portal/work-requests"
import { pickLanguage, SOURCE_LANGUAGE } from "@shared/i18n/languages"
import {
  type Catalog,
  createTranslate,
  pseudoCatalog,
  type TranslateValues,
} from "@shared/i18n/translate"
import { createContext, type ReactNode, useContext, useEffect } from "react"
import { config } from "./config"
import { setFormatLocale } from "./format"

// The portal's words in the reader's language (docs/ARCHITECTURE.md, "Languages"). Each
// feature reads its own namespace, a catalog file per language under
// src/shared/i18n/catalogs/<language>/portal/, loaded when a page first needs it: a language
// costs the bundle only when it is used, and a route only its own words.

/** The namespaces and their English shape: the keys each one answers. */
type Namespaces = {
  account: typeof account
  auth: typeof auth
  catalog: typeof catalog
  common: typeof common
  conversations: typeof conversations
  documents: typeof documents
  invoices: typeof invoices
  orders: typeof orders
  quote: typeof quote
  supplier: typeof supplier
  "work-requests": typeof workRequests
}
export type Namespace = keyof Namespaces

type PluralForm = "zero" | "one" | "two" | "few" | "many" | "other"
/** A catalog's keys, and `items` for `items_one`/`items_other` (given a `count`). */
type Key<T> =
  | MessageKey<T>
  | (MessageKey<T> extends infer K
      ? K extends `${infer Base}_${PluralForm}`
        ? Base
        : never
      : never)

export type Translate<N extends Namespace> = (
  key: Key<Namespaces[N]>,
  values?: TranslateValues
) => string

/** The pseudo-locale: English accented, longer and marked (src/shared/i18n/translate.ts). */
export const PSEUDO_LANGUAGE = "en-XA"

const loaders = import.meta.glob<{ default: Catalog }>("@shared/i18n/catalogs/*/portal/*.ts")
const source = (language: string, namespace: string) =>
  Object.keys(loaders).find((path) => path.endsWith(`/${language}/portal/${namespace}.ts`))

/** The languages the portal's pages are written in: a folder of catalogs each. */
export const portalLanguages = [
  ...new Set(Object.keys(loaders).map((path) => path.split("/").at(-3)!)),
].sort()

const loaded = new Map<string, Catalog>()
const loading = new Map<string, Promise<void>>()
const translators = new Map<string, ReturnType<typeof createTranslate>>()

/** Starts loading a namespace's catalog in a language (the pseudo-locale reads English's). */
export function loadCatalog(language: string, namespace: Namespace): Promise<void> {
  const id = `${language}/${namespace}`
  if (loaded.has(id)) return Promise.resolve()
  let pending = loading.get(id)
  if (!pending) {
    const base = language === PSEUDO_LANGUAGE ? SOURCE_LANGUAGE : language
    const english = source(SOURCE_LANGUAGE, namespace)!
    const path = source(base, namespace) ?? english
    // A chunk that does not load (a deploy replaced it, the network dropped) must not leave
    // the page waiting forever: English instead, else the keys themselves.
    pending = loaders[path]()
      .catch(() => (path === english ? Promise.reject() : loaders[english]()))
      .catch(() => ({ default: {} as Catalog }))
      .then((module) => {
        loaded.set(
          id,
          language === PSEUDO_LANGUAGE ? pseudoCatalog(module.default) : module.default
        )
      })
    loading.set(id, pending)
  }
  return pending
}

const Language = createContext<string>(SOURCE_LANGUAGE)

/**
 * The language of the pages inside: the nearest provider decides (the browser's at the root,
 * a contact's in the account, a quote's behind its link). Sets `<html lang>` and the locale
 * dates, numbers and money are formatted in.
 */
export function LanguageProvider({
  language,
  children,
}: {
  language: string
  children: ReactNode
}) {
  const depth = useContext(Depth) + 1
  // Formatting happens while rendering, and the nearest provider renders last.
  setFormatLocale(formatLocale(language))
  useEffect(() => {
    // Effects run inner first: the deepest provider mounted names the page's language.
    const mounted = { depth, language }
    providers.add(mounted)
    showLanguage()
    return () => {
      providers.delete(mounted)
      showLanguage()
    }
  }, [depth, language])
  return (
    <Depth.Provider value={depth}>
      <Language.Provider value={language}>{children}</Language.Provider>
    </Depth.Provider>
  )
}

/** How deep a provider is; the page's language is the deepest's. */
const Depth = createContext(0)
const providers = new Set<{ depth: number; language: string }>()

/** `<html lang>`: the language of the deepest provider mounted. */
function showLanguage() {
  const deepest = [...providers].sort((a, b) => b.depth - a.depth)[0]
  if (!deepest) return
  document.documentElement.lang = deepest.language === PSEUDO_LANGUAGE ? "en" : deepest.language
}

/** The page's language. */
export const useLanguage = () => useContext(Language)

/**
 * `t(key, values)` in the page's language for one namespace. The first time a language's
 * catalog is needed the page waits for it (React Suspense): the nearest `Suspense` shows
 * its fallback meanwhile.
 */
export function useT<N extends Namespace>(namespace: N): Translate<N> {
  const language = useContext(Language)
  const id = `${language}/${namespace}`
  let translate = translators.get(id)
  if (!translate) {
    const catalog = loaded.get(id)
    if (!catalog) throw loadCatalog(language, namespace)
    translate = createTranslate(language === PSEUDO_LANGUAGE ? "en" : language, catalog)
    translators.set(id, translate)
  }
  return translate as Translate<N>
}

/** The browser's languages, most wanted first; the pseudo-locale when the browser asks for it. */
const browserLanguages = (): readonly string[] =>
  typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language])

/**
 * The language of a page: the first of `preferred` (a contact's or a quote's, when known)
 * the portal has, else the browser's, else the store's default (config), else English. A
 * browser set to the pseudo-locale always gets it (the CI check).
 */
export function pageLanguage(...preferred: ReadonlyArray<string | null | undefined>): string {
  if (browserLanguages()[0] === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE
  return pickLanguage(
    [...preferred, ...browserLanguages(), config.defaultLanguage],
    portalLanguages
  )
}

/**
 * The locale dates and money are formatted in: the browser's own tag when it reads that
 * language ("en-GB" keeps day-month order), else the language.
 */
function formatLocale(language: string): string {
  if (language === PSEUDO_LANGUAGE) return "en"
  const own = browserLanguages().find((tag) => tag.toLowerCase().split("-")[0] === language)
  return own ?? language
}
