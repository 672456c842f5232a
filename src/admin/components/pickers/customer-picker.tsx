import type { CustomerOption } from "../../hooks/customers"
import { customerName } from "../../lib/format"
import { CustomerCombobox } from "./customer-combobox"
import { PickedRecord } from "./picked-record"

/** A Medusa customer: the one picked, or a search for one (a quote's buyer, a company contact). */
export const CustomerPicker = ({
  id,
  customer,
  locked = false,
  invalid,
  placeholder,
  emptyText,
  onChange,
}: {
  id: string
  customer: CustomerOption | null
  locked?: boolean
  invalid?: boolean
  placeholder: string
  emptyText: string
  onChange: (customer: CustomerOption | null) => void
}) =>
  customer ? (
    <PickedRecord
      label={customerName(customer)}
      detail={[customer.email, customer.company_name].filter(Boolean).join(" · ")}
      locked={locked}
      onChange={() => onChange(null)}
    />
  ) : (
    <CustomerCombobox
      id={id}
      aria-invalid={invalid}
      placeholder={placeholder}
      emptyText={emptyText}
      onSelect={onChange}
    />
  )
