import { useCompany } from "../../hooks/companies"
import { FilterChip } from "../common/filter-chip"
import { SupplierCombobox } from "../pickers/supplier-combobox"

/** Narrows a procurement list to one supplier company: a search box, then a removable chip. */
export const SupplierFilter = ({
  supplierId,
  onChange,
}: {
  supplierId: string | null
  onChange: (supplierId: string | null) => void
}) => {
  const selected = useCompany(supplierId ?? "", { enabled: !!supplierId })
  return (
    <FilterChip
      label="Supplier"
      selected={!!supplierId}
      name={selected.data?.name}
      clearLabel="Show every supplier"
      onClear={() => onChange(null)}
      picker={
        <SupplierCombobox
          label="Filter by supplier"
          onSelect={(supplier) => onChange(supplier.id)}
        />
      }
    />
  )
}
