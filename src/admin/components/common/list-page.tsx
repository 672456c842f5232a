import {
  Container,
  DataTable,
  type DataTableFilter,
  type DataTableFilteringState,
  type DataTableOptions,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
  type UseDataTableReturn,
} from "@medusajs/ui"
import { type ReactNode, useMemo, useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { formatDate } from "../../lib/format"
import { SectionError } from "./section-state"

const PAGE_SIZE = 20

/** The cell of a list's first column: the record's number or name, emphasised. */
export const emphasizedCell = ({ getValue }: { getValue: () => ReactNode }) => (
  <span className="text-ui-fg-base font-medium">{getValue()}</span>
)

/** The cell of a date column. */
export const dateCell = ({ getValue }: { getValue: () => string | null | undefined }) =>
  formatDate(getValue())

/** The status filter of a list: one of the statuses, by its label. */
export const statusFilter = <S extends string>(
  statuses: readonly S[],
  labels: Record<S, string>
): DataTableFilter => ({
  id: "status",
  type: "radio",
  label: "Status",
  options: statuses.map((status) => ({ label: labels[status], value: status })),
})

/**
 * A list page's table state: the page, the filter menu's values and the search
 * box. Changing a filter or the search goes back to the first page.
 */
export function useListState() {
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const firstPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))
  const page = useMemo(
    () => ({ limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize }),
    [pagination]
  )
  return {
    search,
    filtering,
    pagination,
    firstPage,
    /** `limit` and `offset` for the list request. */
    page,
    setFiltering: (state: DataTableFilteringState) => {
      setFiltering(state)
      firstPage()
    },
    setSearch: (value: string) => {
      setSearch(value)
      firstPage()
    },
    setPagination,
  }
}

export type ListState = ReturnType<typeof useListState>

/**
 * One id the list is narrowed to, kept in the URL (`?customer_id=…`) so a link
 * can open the list already narrowed; changing it goes back to the first page.
 */
export function useUrlFilter(key: string, list: ListState) {
  const [searchParams, setSearchParams] = useSearchParams()
  const value = searchParams.get(key)
  const setValue = (id: string | null) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (id) next.set(key, id)
        else next.delete(key)
        return next
      },
      { replace: true }
    )
    list.firstPage()
  }
  return [value, setValue] as const
}

/** The DataTable of a list page: rows open their record's page, state from `useListState`. */
export function useListTable<TRow extends { id: string }>({
  list,
  columns,
  filters,
  rows,
  count,
  isLoading,
  withSearch = false,
  pathOf,
}: {
  list: ListState
  columns: DataTableOptions<TRow>["columns"]
  /** The filter menu's filters; none, and the list has no filter state. */
  filters?: DataTableFilter[]
  rows: TRow[] | undefined
  count: number | undefined
  isLoading: boolean
  withSearch?: boolean
  /** The record page a row opens. */
  pathOf: (id: string) => string
}) {
  const navigate = useNavigate()
  return useDataTable({
    columns,
    filters,
    data: rows ?? [],
    getRowId: (row) => row.id,
    rowCount: count ?? 0,
    isLoading,
    pagination: { state: list.pagination, onPaginationChange: list.setPagination },
    ...(filters
      ? { filtering: { state: list.filtering, onFilteringChange: list.setFiltering } }
      : {}),
    ...(withSearch ? { search: { state: list.search, onSearchChange: list.setSearch } } : {}),
    onRowClick: (_event, row) => navigate(pathOf(row.id)),
  })
}

type EmptyText = { heading: string; description: string }

/**
 * A list page: heading and description, the filters and actions, then the table
 * with its pagination, or what could not be loaded with Try again.
 */
export function ListPage<TRow>({
  table,
  heading,
  description,
  toolbar,
  query,
  what,
  empty,
  filtered,
  children,
}: {
  table: UseDataTableReturn<TRow>
  heading: string
  description: string
  /** Filters, search and actions, right of the heading. */
  toolbar: ReactNode
  query: { isError: boolean; error: unknown; refetch: () => unknown }
  /** "The quotes": what could not be loaded. */
  what: string
  /** With no rows at all. */
  empty: EmptyText
  /** With no rows that match the search and filters. */
  filtered: EmptyText
  /** After the table: its drawers. */
  children?: ReactNode
}) {
  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>{heading}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">{toolbar}</div>
        </DataTable.Toolbar>
        {query.isError ? (
          <SectionError what={what} error={query.error} onRetry={query.refetch} centered />
        ) : (
          <>
            <DataTable.Table emptyState={{ empty, filtered }} />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
      {children}
    </Container>
  )
}
