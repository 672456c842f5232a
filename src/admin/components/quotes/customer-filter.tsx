import { useCustomer } from "../../hooks/customers"
import { customerName } from "../../lib/format"
import { FilterChip } from "../common/filter-chip"
import { CustomerCombobox } from "../pickers/customer-combobox"

type CustomerFilterProps = {
  customerId: string | null
  onChange: (customerId: string | null) => void
}

/** Narrows the quote list to one customer: a search box, then a removable chip. */
export const CustomerFilter = ({ customerId, onChange }: CustomerFilterProps) => {
  const selected = useCustomer(customerId)
  return (
    <FilterChip
      label="Customer"
      selected={!!customerId}
      name={selected.data ? customerName(selected.data) : undefined}
      clearLabel="Show quotes of every customer"
      onClear={() => onChange(null)}
      picker={
        <CustomerCombobox
          aria-label="Filter by customer"
          placeholder="Filter by customer"
          emptyText="No customer matches"
          onSelect={(customer) => onChange(customer.id)}
        />
      }
    />
  )
}
