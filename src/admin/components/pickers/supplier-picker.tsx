import type { SupplierOption } from "../../hooks/companies"
import { PickedRecord } from "./picked-record"
import { SupplierCombobox } from "./supplier-combobox"

/** A supplier company: the one picked, or a search for one (a purchase order's supplier). */
export const SupplierPicker = ({
  id,
  supplier,
  invalid,
  onChange,
}: {
  id: string
  supplier: SupplierOption | null
  invalid?: boolean
  onChange: (supplier: SupplierOption | null) => void
}) =>
  supplier ? (
    <PickedRecord label={supplier.name} onChange={() => onChange(null)} />
  ) : (
    <SupplierCombobox id={id} invalid={invalid} onSelect={onChange} />
  )
