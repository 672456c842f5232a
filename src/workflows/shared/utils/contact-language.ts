import type { MedusaContainer } from "@medusajs/framework/types"
import { portalLanguages } from "../../../lib/i18n"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"
import type AccountsModuleService from "../../../modules/accounts/service"
import { portalLocale } from "../../../modules/agreement/build-document"
import { acceptedLanguages, baseLanguage, pickLanguage } from "../../../shared/i18n/languages"

/** The store's default language tag: the locale its papers are formatted in (`PORTAL_LOCALE`). */
export const storeLanguageTag = portalLocale

/** The store's language, as staff read papers: "en" for `PORTAL_LOCALE=en-US`. */
export function storeLanguage(): string {
  return baseLanguage(storeLanguageTag()) ?? "en"
}

/**
 * The locale a reader's papers are formatted in: the store's full tag when they read the
 * store's language ("en-US", so dates and money print as the store's always did), else
 * their language.
 */
export function localeFor(language: string): string {
  return baseLanguage(storeLanguageTag()) === language ? storeLanguageTag() : language
}

/**
 * The language a contact reads the portal, its emails and papers in: their own choice, else
 * their company's, else what their browser asks for (`Accept-Language`, when there is a
 * request), else the store's (docs/ARCHITECTURE.md, "Languages").
 */
export async function contactLanguage(
  container: MedusaContainer,
  contact: {
    customer_id?: string | null
    company_id?: string | null
    accept_language?: string
    /** Their own choice when the caller already read it (null: none); else it is read here. */
    chosen?: string | null
  }
): Promise<string> {
  const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const [[preferences], [company]] = await Promise.all([
    contact.chosen !== undefined
      ? [{ language: contact.chosen }]
      : contact.customer_id
        ? accounts.listPortalContactPreferences(
            { customer_id: contact.customer_id },
            { select: ["id", "language"], take: 1 }
          )
        : [],
    contact.company_id
      ? accounts.listPortalCompanies(
          { id: contact.company_id },
          { select: ["id", "language"], take: 1 }
        )
      : [],
  ])
  return pickLanguage(
    [
      preferences?.language,
      company?.language,
      ...acceptedLanguages(contact.accept_language),
      storeLanguageTag(),
    ],
    portalLanguages()
  )
}

/**
 * The language chosen for a quote: staff's choice on it, else its company's; null when
 * neither chose (docs/ARCHITECTURE.md, "Languages"). Its page then follows the browser.
 */
export async function quoteOwnLanguage(
  container: MedusaContainer,
  quote: { language?: string | null; company_id?: string | null }
): Promise<string | null> {
  if (quote.language || !quote.company_id) return quote.language ?? null
  const accounts: AccountsModuleService = container.resolve(ACCOUNTS_MODULE)
  const [company] = await accounts.listPortalCompanies(
    { id: quote.company_id },
    { select: ["id", "language"], take: 1 }
  )
  return company?.language ?? null
}

/**
 * The language of a quote's link emails and papers: the one chosen for it (quoteOwnLanguage),
 * else the store's (docs/ARCHITECTURE.md, "Languages").
 */
export async function quoteLanguage(
  container: MedusaContainer,
  quote: { language?: string | null; company_id?: string | null }
): Promise<string> {
  return orStoreLanguage(await quoteOwnLanguage(container, quote))
}

/** A chosen language the portal has, else the store's. */
export const orStoreLanguage = (chosen: string | null | undefined): string =>
  pickLanguage([chosen, storeLanguageTag()], portalLanguages())
