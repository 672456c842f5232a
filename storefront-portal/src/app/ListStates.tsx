import type { UseQueryResult } from "@tanstack/react-query"
import { useId, type ReactNode } from "react"
import { useTitle } from "../components/Layout"
import { ErrorCard } from "../components/StatusPages"
import { describeError } from "../lib/api"
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
        message={describeError(query.error)}
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
  if (count <= limit && offset === 0) return null
  const last = Math.min(offset + limit, count)
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="button"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - limit))}
      >
        Previous
      </button>
      <span role="status">
        {offset + 1}–{last} of {count}
      </span>
      <button
        type="button"
        className="button"
        disabled={last >= count}
        onClick={() => onOffset(offset + limit)}
      >
        Next
      </button>
    </nav>
  )
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
  section,
  filters,
  useRows,
  rowsOf,
  row,
}: {
  section: string
  filters: Record<string, { label: string; status?: S[] }>
  useRows: (query: { status?: S[]; limit: number; offset: number }) => UseQueryResult<P>
  rowsOf: (page: P) => T[]
  row: (record: T) => ReactNode
}) {
  const { data: me } = useMe()
  const { filter, page, set } = useListParams<string>(filters, "all")
  const filterId = useId()
  useTitle(section)
  const offset = (page - 1) * LIST_LIMIT
  const query = useRows({ status: filters[filter].status, limit: LIST_LIMIT, offset })
  const noun = section.toLowerCase()
  return (
    <>
      <h1 className="page-title">
        {section}
        {me ? ` of ${activeCompanyOf(me)?.name}` : ""}
      </h1>
      <div className="card list-filters">
        <div className="field">
          <label htmlFor={filterId}>Show</label>
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
        loading={`Loading ${noun}…`}
        isEmpty={(data) => rowsOf(data).length === 0}
        empty={filter === "all" ? `No ${noun} yet.` : `No ${noun} match.`}
      >
        {(data) => (
          <>
            <ul className="record-list" aria-label={section} aria-busy={query.isFetching}>
              {rowsOf(data).map((record) => (
                <li key={record.id} className="card record">
                  {row(record)}
                </li>
              ))}
            </ul>
            <Pager
              label={section}
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
