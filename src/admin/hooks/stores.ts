import { useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"

export type StoreCurrency = { currency_code: string; is_default: boolean }

const CHANNEL_FIELDS = "id,default_sales_channel_id"
const CURRENCY_FIELDS = "id,supported_currencies.currency_code,supported_currencies.is_default"

export const storeKeys = queryKeysFactory("stores")

/** The store's default sales channel: the one a quote's order is placed in. */
export function useDefaultSalesChannelId() {
  return useQuery({
    queryKey: storeKeys.list({ fields: CHANNEL_FIELDS }),
    queryFn: () => sdk.admin.store.list({ fields: CHANNEL_FIELDS }),
    select: (data) => data.stores[0]?.default_sales_channel_id ?? null,
    staleTime: 60_000,
  })
}

/** The store's currencies (Settings → Store), the default one first. */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: storeKeys.list({ fields: CURRENCY_FIELDS }),
    queryFn: () =>
      sdk.client.fetch<{ stores: Array<{ supported_currencies?: StoreCurrency[] | null }> }>(
        "/admin/stores",
        { query: { fields: CURRENCY_FIELDS } }
      ),
    select: (data): StoreCurrency[] =>
      [...(data.stores[0]?.supported_currencies ?? [])].sort(
        (a, b) => Number(b.is_default) - Number(a.is_default)
      ),
    staleTime: 60_000,
  })
}
