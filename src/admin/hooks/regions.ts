import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type RegionOption = { id: string; name: string; currency_code: string }

export const regionKeys = queryKeysFactory("regions")

/** The store's regions: a quote's region sets its currency. */
export function useRegions() {
  return useQuery({
    queryKey: regionKeys.list(),
    queryFn: () => sdk.admin.region.list({ limit: 100, fields: "id,name,currency_code" }),
    select: (data) => data.regions as RegionOption[],
    staleTime: 60_000,
  })
}
