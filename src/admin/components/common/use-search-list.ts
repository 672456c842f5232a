import type { DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"

/**
 * A searchable, paged list's state: the API's `limit`, `offset` and `q`, and
 * the `pagination` and `search` options of useDataTable (a new search starts
 * at the first page).
 */
export function useSearchList(pageSize = 20) {
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })
  const params = useMemo(
    () => ({
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search,
    }),
    [pagination, search]
  )
  return {
    params,
    tableState: {
      pagination: { state: pagination, onPaginationChange: setPagination },
      search: {
        state: search,
        onSearchChange: (value: string) => {
          setSearch(value)
          setPagination((current) => ({ ...current, pageIndex: 0 }))
        },
      },
    },
  }
}
