import { lazy, Suspense } from "react"

// The signature pad and its page load only when a buyer goes to sign.
const SignPage = lazy(() => import("./SignPage"))

export function LazySignPage() {
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          Loading the agreement…
        </p>
      }
    >
      <SignPage />
    </Suspense>
  )
}
