import { XMarkMini } from "@medusajs/icons"
import { Badge, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

/**
 * A list's filter on one record (a customer, a supplier): the picker until one
 * is chosen, then a chip with its name and a button that removes the filter.
 */
export const FilterChip = ({
  label,
  selected,
  name,
  clearLabel,
  onClear,
  picker,
}: {
  /** "Customer": the chip reads "Customer: <name>". */
  label: string
  /** Whether a record is chosen. */
  selected: boolean
  /** Its name, once loaded. */
  name: string | undefined
  /** The remove button's accessible name. */
  clearLabel: string
  onClear: () => void
  picker: ReactNode
}) =>
  selected ? (
    <Badge size="small" className="flex items-center gap-x-1">
      {`${label}: `}
      {name ?? "…"}
      <IconButton size="2xsmall" variant="transparent" aria-label={clearLabel} onClick={onClear}>
        <XMarkMini />
      </IconButton>
    </Badge>
  ) : (
    <div className="w-full md:w-56">{picker}</div>
  )
