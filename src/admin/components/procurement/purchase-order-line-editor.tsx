import { Trash } from "@medusajs/icons"
import { IconButton, Text } from "@medusajs/ui"
import { LineField } from "../common/line-field"
import { type PurchaseOrderLineDraft, lineTitle } from "./purchase-order-form-model"

/** One line of the PO form: the variant, how many and at what cost per unit. */
export const PurchaseOrderLineEditor = ({
  line,
  index,
  currencyCode,
  problems,
  onChange,
  onRemove,
}: {
  line: PurchaseOrderLineDraft
  index: number
  currencyCode: string
  problems: { quantity?: string; unit_cost?: string } | undefined
  onChange: (line: PurchaseOrderLineDraft) => void
  onRemove: () => void
}) => {
  const field = (name: string) => `po-${line.key}-${name}`
  return (
    <div
      role="group"
      aria-label={`Line ${index + 1}`}
      className="border-ui-border-base flex flex-col gap-y-3 rounded-lg border p-3 md:flex-row md:items-start md:gap-x-3"
    >
      <div className="flex flex-1 flex-col">
        <Text size="small" weight="plus">
          {lineTitle(line)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {line.sku ? `SKU ${line.sku}` : "No SKU"}
        </Text>
      </div>
      <LineField
        className="md:w-28"
        id={field("quantity")}
        label="Quantity"
        type="number"
        min={1}
        step={1}
        value={line.quantity}
        error={problems?.quantity}
        onValueChange={(quantity) => onChange({ ...line, quantity })}
      />
      <LineField
        className="md:w-36"
        id={field("cost")}
        label={`Unit cost${currencyCode ? ` (${currencyCode.toUpperCase()})` : ""}`}
        type="number"
        min={0}
        step="0.01"
        value={line.unit_cost}
        error={problems?.unit_cost}
        onValueChange={(unit_cost) => onChange({ ...line, unit_cost })}
      />
      <IconButton
        size="small"
        variant="transparent"
        type="button"
        className="md:mt-5"
        aria-label={`Remove line ${index + 1}`}
        onClick={onRemove}
      >
        <Trash />
      </IconButton>
    </div>
  )
}
