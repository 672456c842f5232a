import { useState } from "react"
import { useCompanies, useCompany } from "../../hooks/companies"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { FilterChip } from "../common/filter-chip"
import { SearchCombobox } from "../common/search-combobox"

/** Searches the companies that buy from the merchant (whose contacts converse) by name. */
const CompanyCombobox = ({ onSelect }: { onSelect: (companyId: string) => void }) => {
  const [search, setSearch] = useState("")
  const q = useDebouncedValue(search.trim())
  const companies = useCompanies({ limit: 20, offset: 0, q: q || undefined })
  const options = (companies.data?.companies ?? [])
    .filter((company) => company.is_customer)
    .map((company) => ({ id: company.id, label: company.name, value: company.id }))
  return (
    <SearchCombobox
      aria-label="Filter by company"
      placeholder="Filter by company"
      search={search}
      onSearchChange={setSearch}
      isLoading={companies.isFetching}
      error={companies.isError ? "The companies could not be loaded" : null}
      emptyText="No company matches."
      options={options}
      onSelect={(option) => {
        setSearch("")
        onSelect(option.value)
      }}
    />
  )
}

/** Narrows the conversations to one company: a search box, then a removable chip. */
export const CompanyFilter = ({
  companyId,
  onChange,
}: {
  companyId: string | null
  onChange: (companyId: string | null) => void
}) => {
  const selected = useCompany(companyId ?? "", { enabled: !!companyId })
  return (
    <FilterChip
      label="Company"
      selected={!!companyId}
      name={selected.data?.name}
      clearLabel="Show conversations of every company"
      onClear={() => onChange(null)}
      picker={<CompanyCombobox onSelect={(id) => onChange(id)} />}
    />
  )
}
