import { formatDate, formatMoney } from "../format"
import { type EmailKey, translator } from "../i18n"

/** A value an email's sentence is filled with; dates and money are formatted for the reader. */
export type EmailValue =
  string | number | { date: Date | string } | { money: number | string; currency: string }

/** A sentence of the `email` catalog with its values, written in the reader's language later. */
export type EmailText = { key: EmailKey; values?: Record<string, EmailValue | undefined> }

/** A line of an email: one sentence, or several joined by a space. */
export type EmailLine = EmailText | EmailText[]

/**
 * Writes `EmailLine`s in `language` (docs/ARCHITECTURE.md, "Languages"): each sentence from
 * the catalog, dates in the language's long style, amounts in its money format.
 */
export function emailWriter(language: string) {
  const t = translator(language, "email")
  const written = (value: EmailValue): string | number =>
    typeof value !== "object"
      ? value
      : "date" in value
        ? formatDate(value.date, language)
        : formatMoney(value.money, value.currency, language)
  return (line: EmailLine): string =>
    [line]
      .flat()
      .map(({ key, values }) =>
        t(
          key,
          Object.fromEntries(
            Object.entries(values ?? {})
              .filter((entry): entry is [string, EmailValue] => entry[1] !== undefined)
              .map(([name, value]) => [name, written(value)])
          )
        )
      )
      .join(" ")
}
