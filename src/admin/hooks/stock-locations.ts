import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type StockLocationOption = { id: string; name: string }

export const stockLocationKeys = queryKeysFactory("stock-locations")

/** Where a purchase order's goods can be received. */
export function useStockLocations() {
  return useQuery({
    queryKey: stockLocationKeys.list(),
    queryFn: () =>
      sdk.client.fetch<{ stock_locations: StockLocationOption[] }>("/admin/stock-locations", {
        query: { limit: 100, fields: "id,name" },
      }),
    select: (data) => data.stock_locations,
    staleTime: 60_000,
  })
}
