import { XMarkMini } from "@medusajs/icons"
import { Badge, IconButton } from "@medusajs/ui"
import { useState } from "react"
import { useCustomer, useCustomerSearch } from "../../hooks/quotes"
import { customerName } from "./format"
import { SearchCombobox } from "./search-combobox"

type CustomerFilterProps = {
  customerId: string | null
  onChange: (customerId: string | null) => void
}

/** Narrows the quote list to one customer: a search box, then a removable chip. */
export const CustomerFilter = ({ customerId, onChange }: CustomerFilterProps) => {
  const [search, setSearch] = useState("")
  const customers = useCustomerSearch(search)
  const selected = useCustomer(customerId)

  if (customerId) {
    return (
      <Badge size="small" className="flex items-center gap-x-1">
        Customer: {selected.data ? customerName(selected.data) : "…"}
        <IconButton
          size="2xsmall"
          variant="transparent"
          aria-label="Show quotes of every customer"
          onClick={() => onChange(null)}
        >
          <XMarkMini />
        </IconButton>
      </Badge>
    )
  }

  return (
    <div className="w-full md:w-56">
      <SearchCombobox
        aria-label="Filter by customer"
        placeholder="Filter by customer"
        search={search}
        onSearchChange={setSearch}
        isLoading={customers.isFetching}
        error={customers.isError ? "Customers could not be loaded" : null}
        emptyText="No customer matches"
        options={(customers.data ?? []).map((customer) => ({
          id: customer.id,
          label: customerName(customer),
          detail: [customer.email, customer.company_name].filter(Boolean).join(" · "),
          value: customer,
        }))}
        onSelect={(option) => {
          setSearch("")
          onChange(option.value.id)
        }}
      />
    </div>
  )
}
