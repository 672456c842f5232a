import { XMarkMini } from "@medusajs/icons"
import { Badge, IconButton } from "@medusajs/ui"
import { useCompany } from "../../hooks/companies"
import { SupplierCombobox } from "./supplier-combobox"

/** Narrows a procurement list to one supplier company: a search box, then a removable chip. */
export const SupplierFilter = ({
  supplierId,
  onChange,
}: {
  supplierId: string | null
  onChange: (supplierId: string | null) => void
}) => {
  const selected = useCompany(supplierId ?? "", { enabled: !!supplierId })
  if (supplierId) {
    return (
      <Badge size="small" className="flex items-center gap-x-1">
        Supplier: {selected.data?.name ?? "…"}
        <IconButton
          size="2xsmall"
          variant="transparent"
          aria-label="Show every supplier"
          onClick={() => onChange(null)}
        >
          <XMarkMini />
        </IconButton>
      </Badge>
    )
  }
  return (
    <div className="w-full md:w-56">
      <SupplierCombobox label="Filter by supplier" onSelect={(supplier) => onChange(supplier.id)} />
    </div>
  )
}
