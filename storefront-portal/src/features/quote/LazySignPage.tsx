import { lazy, Suspense } from "react"
import { useT } from "../../lib/i18n"

// The signature pad and its page load only when a buyer goes to sign.
const SignPage = lazy(() => import("./SignPage"))

export function LazySignPage() {
  const t = useT("quote")
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t("sign.loading")}
        </p>
      }
    >
      <SignPage />
    </Suspense>
  )
}
