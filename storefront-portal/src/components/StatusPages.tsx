import { useState } from "react"
import { useT } from "../lib/i18n"
import { Layout } from "./Layout"

/** A page that is loading: the quote link's says so with no name; the others under the portal's. */
export function LoadingPage({ label }: { label?: string }) {
  const t = useT("common")
  return (
    <Layout name={label === undefined ? undefined : t("frame.client_portal")}>
      <p className="loading" role="status" aria-live="polite">
        {label ?? t("status.loading_quote")}
      </p>
    </Layout>
  )
}

/** Revoked, replaced, mistyped or unknown: one page that tells nothing about any quote. */
export function NotAvailablePage() {
  const t = useT("common")
  return (
    <Layout>
      <section className="card status-card">
        <h1>{t("status.link_unavailable_title")}</h1>
        <p>{t("status.link_unavailable_text")}</p>
      </section>
    </Layout>
  )
}

export function ErrorPage(props: { message: string; onRetry: () => Promise<void> }) {
  return (
    <Layout>
      <ErrorCard {...props} />
    </Layout>
  )
}

/** What went wrong and **Try again**, inside a page that already has its frame. */
export function ErrorCard({ message, onRetry }: { message: string; onRetry: () => Promise<void> }) {
  const t = useT("common")
  const [retrying, setRetrying] = useState(false)
  return (
    <section className="card status-card" role="alert">
      <h1>{t("status.error_title")}</h1>
      <p>{message}</p>
      <button
        type="button"
        className="button primary"
        disabled={retrying}
        onClick={async () => {
          setRetrying(true)
          await onRetry()
          setRetrying(false)
        }}
      >
        {retrying ? t("status.trying_again") : t("status.try_again")}
      </button>
    </section>
  )
}
