import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link } from "react-router"
import { useTitle } from "../components/Layout"
import { ErrorCard } from "../components/StatusPages"
import { describeError, isNotFound } from "../lib/api"

type Back = { to: string; label: string }

/** A record the active company does not have: as unknown as one that never existed. */
export function NotFoundCard({ what, back }: { what: string; back: Back }) {
  return (
    <section className="card status-card">
      <h1>This {what} was not found</h1>
      <p>
        It may belong to another of your companies (switch company above), or the link is
        incomplete.
      </p>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </section>
  )
}

/** An address inside /account that is no page: said inside the portal's frame, with the way home. */
export function PageNotFound() {
  useTitle("Page not found")
  return (
    <section className="card status-card">
      <h1>This page does not exist</h1>
      <p>The address may be mistyped or out of date.</p>
      <p>
        <Link to="/account">Back to the overview</Link>
      </p>
    </section>
  )
}

/** One record's page: loading, not found, an error with Try again, then the record under a way back. */
export function RecordStates<T>({
  query,
  what,
  back,
  children,
}: {
  query: UseQueryResult<T>
  what: string
  back: Back
  children: (data: T) => ReactNode
}) {
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        Loading the {what}…
      </p>
    )
  }
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundCard what={what} back={back} />
    return (
      <ErrorCard
        message={describeError(query.error)}
        onRetry={async () => void (await query.refetch())}
      />
    )
  }
  return (
    <>
      <p className="back-link">
        <Link to={back.to}>{back.label}</Link>
      </p>
      {children(query.data)}
    </>
  )
}
