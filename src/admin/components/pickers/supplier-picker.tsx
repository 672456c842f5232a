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
  /** A purchase order's supplier: its name is null once the company is gone. */
  supplier: { id: string; name: string | null } | null
  invalid?: boolean
  onChange: (supplier: SupplierOption | null) => void
}) =>
  supplier ? (
    <PickedRecord label={supplier.name ?? "Unknown supplier"} onChange={() => onChange(null)} />
  ) : (
    <SupplierCombobox id={id} invalid={invalid} onSelect={onChange} />
  )
