import { useT } from "../lib/i18n"

/** The problems of a form, listed at its top and announced at once. */
export function ErrorSummary({ errors, id }: { errors: string[]; id?: string }) {
  const t = useT("common")
  if (!errors.length) return null
  return (
    <div id={id} className="error-summary" role="alert">
      <p>{t("errors.check_following")}</p>
      <ul>
        {errors.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  )
}
