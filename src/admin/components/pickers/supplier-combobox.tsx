import { useState } from "react"
import { type SupplierOption, useSupplierSearch } from "../../hooks/companies"
import { SearchCombobox } from "../common/search-combobox"

/** Searches the portal companies that supply the merchant (is_supplier) by name. */
export const SupplierCombobox = ({
  id,
  label = "Supplier",
  invalid,
  onSelect,
}: {
  id?: string
  label?: string
  invalid?: boolean
  onSelect: (supplier: SupplierOption) => void
}) => {
  const [search, setSearch] = useState("")
  const suppliers = useSupplierSearch(search)
  return (
    <SearchCombobox
      id={id}
      aria-label={label}
      aria-invalid={invalid}
      placeholder="Search supplier companies by name"
      search={search}
      onSearchChange={setSearch}
      isLoading={suppliers.isFetching}
      error={suppliers.isError ? "The companies could not be loaded" : null}
      emptyText="No supplier company matches. Mark a company as a supplier under Companies."
      options={(suppliers.data ?? []).map((supplier) => ({
        id: supplier.id,
        label: supplier.name,
        value: supplier,
      }))}
      onSelect={(option) => {
        setSearch("")
        onSelect(option.value)
      }}
    />
  )
}
