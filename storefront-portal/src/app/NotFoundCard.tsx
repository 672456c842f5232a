import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link } from "react-router"
import { useTitle } from "../components/Layout"
import { ErrorCard } from "../components/StatusPages"
import { useT } from "../lib/i18n"
import { describeError, isNotFound } from "../lib/api"

type Back = { to: string; label: string }

/** What a record page says while loading and when the record is not the company's. */
export type RecordTexts = {
  /** "Loading the order…" */
  loading: string
  /** "This order was not found" */
  not_found: string
}

/** A record the active company does not have: as unknown as one that never existed. */
export function NotFoundCard({ title, back }: { title: string; back: Back }) {
  const t = useT("common")
  return (
    <section className="card status-card">
      <h1>{title}</h1>
      <p>{t("record.not_found_text")}</p>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </section>
  )
}

/** An address inside /account that is no page: said inside the portal's frame, with the way home. */
export function PageNotFound() {
  const t = useT("common")
  useTitle(t("record.page_not_found"))
  return (
    <section className="card status-card">
      <h1>{t("record.page_not_found_title")}</h1>
      <p>{t("record.page_not_found_text")}</p>
      <p>
        <Link to="/account">{t("record.back_to_overview")}</Link>
      </p>
    </section>
  )
}

/** One record's page: loading, not found, an error with Try again, then the record under a way back. */
export function RecordStates<T>({
  query,
  texts,
  back,
  children,
}: {
  query: UseQueryResult<T>
  texts: RecordTexts
  back: Back
  children: (data: T) => ReactNode
}) {
  const t = useT("common")
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {texts.loading}
      </p>
    )
  }
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundCard title={texts.not_found} back={back} />
    return (
      <ErrorCard
        message={describeError(t, query.error)}
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
