import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { QuoteShippingAddress } from "../../shared/quote-address"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { useDebouncedValue } from "../lib/use-debounced-value"

/** Medusa's customers, as the pickers and filters show them (Medusa's admin API). */
export type CustomerOption = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  company_name: string | null
}

/** One of the customer's addresses as Medusa's admin API lists it. */
export type CustomerAddressOption = Omit<QuoteShippingAddress, "customer_address_id"> & {
  id: string
  is_default_shipping: boolean
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,company_name"
// Medusa's default fields leave out which address is the default one.
const ADDRESS_FIELDS =
  "id,first_name,last_name,company,address_1,address_2,city,postal_code,province,country_code,phone,is_default_shipping"

const base = queryKeysFactory("customers")

export const customerKeys = {
  ...base,
  addresses: (id: string) => [...base.detail(id), "addresses"] as const,
}

/** Medusa customers matching a search, for the pickers. */
export function useCustomerSearch(search: string) {
  const q = useDebouncedValue(search.trim())
  return useQuery({
    queryKey: customerKeys.list({ q }),
    queryFn: () =>
      sdk.admin.customer.list({ q: q || undefined, limit: 10, fields: CUSTOMER_FIELDS }),
    select: (data) => data.customers as unknown as CustomerOption[],
    placeholderData: keepPreviousData,
  })
}

export function useCustomer(id: string | null | undefined) {
  return useQuery({
    queryKey: customerKeys.detail(id ?? ""),
    queryFn: () => sdk.admin.customer.retrieve(id!, { fields: CUSTOMER_FIELDS }),
    select: (data) => data.customer as unknown as CustomerOption,
    enabled: !!id,
  })
}

/** The customer's addresses, for a quote's shipping address. */
export function useCustomerAddresses(customerId: string | null | undefined) {
  return useQuery({
    queryKey: customerKeys.addresses(customerId ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ addresses: CustomerAddressOption[] }>(
        `/admin/customers/${customerId}/addresses`,
        { query: { limit: 100, fields: ADDRESS_FIELDS } }
      ),
    select: (data) => data.addresses,
    enabled: !!customerId,
  })
}
