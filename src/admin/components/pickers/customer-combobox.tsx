import { useState } from "react"
import { type CustomerOption, useCustomerSearch } from "../../hooks/customers"
import { customerName } from "../../lib/format"
import { SearchCombobox } from "../common/search-combobox"

/** Searches Medusa's customers by name, email or company; picking one clears the search. */
export const CustomerCombobox = ({
  onSelect,
  emptyText,
  ...props
}: {
  id?: string
  placeholder: string
  emptyText: string
  onSelect: (customer: CustomerOption) => void
  "aria-label"?: string
  "aria-invalid"?: boolean
}) => {
  const [search, setSearch] = useState("")
  const customers = useCustomerSearch(search)
  return (
    <SearchCombobox
      {...props}
      search={search}
      onSearchChange={setSearch}
      isLoading={customers.isFetching}
      error={customers.isError ? "Customers could not be loaded" : null}
      emptyText={emptyText}
      options={(customers.data ?? []).map((customer) => ({
        id: customer.id,
        label: customerName(customer),
        detail: [customer.email, customer.company_name].filter(Boolean).join(" · "),
        value: customer,
      }))}
      onSelect={(option) => {
        setSearch("")
        onSelect(option.value)
      }}
    />
  )
}
