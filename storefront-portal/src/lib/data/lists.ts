import { keepPreviousData, queryOptions, type QueryKey } from "@tanstack/react-query"

/** A list hook's options: a dashboard panel the contact may not see asks nothing. */
export type ListOptions = { enabled?: boolean }

/** A list page's query: the previous page stays shown while the next loads. */
export const listQuery = <T>(
  queryKey: QueryKey,
  queryFn: () => Promise<T>,
  { enabled = true }: ListOptions = {}
) => queryOptions({ queryKey, queryFn, placeholderData: keepPreviousData, enabled })
