import type { UseQueryResult } from "@tanstack/react-query"
import { useId, type ReactNode } from "react"
import { useTitle } from "../components/Layout"
import { ErrorCard } from "../components/StatusPages"
import { describeError } from "../lib/api"
import { useT } from "../lib/i18n"
import { useMe } from "../lib/data/me"
import { activeCompanyOf } from "./access"
import { useListParams } from "./list-params"

const LIST_LIMIT = 20

/**
 * A query's three states before its data: loading (a status line), error
 * (what went wrong and Try again) and empty (a sentence); never a blank page.
 */
export function QueryStates<T>({
  query,
  loading,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>
  loading: string
  isEmpty: (data: T) => boolean
  empty: ReactNode
  children: (data: T) => ReactNode
}) {
  const t = useT("common")
  if (query.isPending) {
    return (
      <p className="loading" role="status">
        {loading}
      </p>
    )
  }
  if (query.isError) {
    return (
      <ErrorCard
        message={describeError(t, query.error)}
        onRetry={async () => void (await query.refetch())}
      />
    )
  }
  if (isEmpty(query.data)) {
    return (
      <p className="card" role="status">
        {empty}
      </p>
    )
  }
  return <>{children(query.data)}</>
}

/** Previous / next over a list of `count` records, `limit` a page. */
export function Pager({
  count,
  offset,
  limit,
  label,
  onOffset,
}: {
  count: number
  offset: number
  limit: number
  label: string
  onOffset: (offset: number) => void
}) {
  const t = useT("common")
  if (count <= limit && offset === 0) return null
  const last = Math.min(offset + limit, count)
  return (
    <nav className="pager" aria-label={t("list.pages", { list: label })}>
      <button
        type="button"
        className="button"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - limit))}
      >
        {t("list.previous")}
      </button>
      <span role="status">{t("list.range", { first: offset + 1, last, count })}</span>
      <button
        type="button"
        className="button"
        disabled={last >= count}
        onClick={() => onOffset(offset + limit)}
      >
        {t("list.next")}
      </button>
    </nav>
  )
}

/** A list section's own sentences, in the page's language. */
export type SectionTexts = {
  /** "Orders": the tab, the list's name, and the heading before the company is known. */
  title: string
  /** "Orders of Acme". */
  heading: (company: string) => string
  /** "Loading orders…", "No orders yet.", "No orders match." */
  loading: string
  empty: string
  no_match: string
}

/**
 * A section's list page (orders, invoices): its title with the active
 * company, a status filter and the page in the address, the list's states,
 * one card a record, and paging. `useRows` is the resource's list hook
 * (lib/data), the same one on every render.
 */
export function SectionList<
  P extends { count: number },
  T extends { id: string },
  S extends string,
>({
  texts,
  filters,
  useRows,
  rowsOf,
  row,
}: {
  /** The section's words in the page's language (each feature's catalog). */
  texts: SectionTexts
  filters: Record<string, { label: string; status?: S[] }>
  useRows: (query: { status?: S[]; limit: number; offset: number }) => UseQueryResult<P>
  rowsOf: (page: P) => T[]
  row: (record: T) => ReactNode
}) {
  const { data: me } = useMe()
  const { filter, page, set } = useListParams<string>(filters, "all")
  const filterId = useId()
  const t = useT("common")
  useTitle(texts.title)
  const offset = (page - 1) * LIST_LIMIT
  const query = useRows({ status: filters[filter].status, limit: LIST_LIMIT, offset })
  const company = me ? activeCompanyOf(me)?.name : undefined
  return (
    <>
      <h1 className="page-title">{company ? texts.heading(company) : texts.title}</h1>
      <div className="card list-filters">
        <div className="field">
          <label htmlFor={filterId}>{t("list.show")}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(event) => set({ filter: event.target.value })}
          >
            {Object.entries(filters).map(([key, { label }]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryStates
        query={query}
        loading={texts.loading}
        isEmpty={(data) => rowsOf(data).length === 0}
        empty={filter === "all" ? texts.empty : texts.no_match}
      >
        {(data) => (
          <>
            <ul className="record-list" aria-label={texts.title} aria-busy={query.isFetching}>
              {rowsOf(data).map((record) => (
                <li key={record.id} className="card record">
                  {row(record)}
                </li>
              ))}
            </ul>
            <Pager
              label={texts.title}
              count={data.count}
              offset={offset}
              limit={LIST_LIMIT}
              onOffset={(next) => set({ page: next / LIST_LIMIT + 1 })}
            />
          </>
        )}
      </QueryStates>
    </>
  )
}
