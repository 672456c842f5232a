/**
 * The languages the portal has catalogs for, found as the server finds them: a folder of
 * catalogs each (src/shared/i18n/catalogs/<language>), so adding one needs nothing here.
 */
export const PORTAL_LANGUAGES = Object.keys(
  import.meta.glob("../../shared/i18n/catalogs/*/email.ts")
)
  .map((path) => path.split("/").slice(-2)[0])
  .sort()

const names = new Intl.DisplayNames(["en"], { type: "language" })

/** "de" → "German (de)" for the admin's pickers. */
export const languageName = (language: string) => `${names.of(language) ?? language} (${language})`
