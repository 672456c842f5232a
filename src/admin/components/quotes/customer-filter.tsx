import { XMarkMini } from "@medusajs/icons"
import { Badge, IconButton } from "@medusajs/ui"
import { useCustomer } from "../../hooks/quotes"
import { CustomerCombobox } from "../common/customer-combobox"
import { customerName } from "./format"

type CustomerFilterProps = {
  customerId: string | null
  onChange: (customerId: string | null) => void
}

/** Narrows the quote list to one customer: a search box, then a removable chip. */
export const CustomerFilter = ({ customerId, onChange }: CustomerFilterProps) => {
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
      <CustomerCombobox
        aria-label="Filter by customer"
        placeholder="Filter by customer"
        emptyText="No customer matches"
        onSelect={(customer) => onChange(customer.id)}
      />
    </div>
  )
}
