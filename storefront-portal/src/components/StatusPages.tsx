import { useState } from "react"
import { Layout } from "./Layout"

export function LoadingPage({ label = "Loading your quote…" }: { label?: string }) {
  return (
    <Layout name={label === "Loading your quote…" ? undefined : "Client portal"}>
      <p className="loading" role="status" aria-live="polite">
        {label}
      </p>
    </Layout>
  )
}

/** Revoked, replaced, mistyped or unknown: one page that tells nothing about any quote. */
export function NotAvailablePage() {
  return (
    <Layout>
      <section className="card status-card">
        <h1>This link is not available</h1>
        <p>
          The link may have been replaced by a newer one, or copied incompletely. Ask the person who
          sent it to you for a new link.
        </p>
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
  const [retrying, setRetrying] = useState(false)
  return (
    <section className="card status-card" role="alert">
      <h1>Something went wrong</h1>
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
        {retrying ? "Trying again…" : "Try again"}
      </button>
    </section>
  )
}
