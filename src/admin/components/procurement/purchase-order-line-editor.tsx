import { Trash } from "@medusajs/icons"
import { IconButton, Input, Label, Text } from "@medusajs/ui"
import { FieldError } from "../quotes/field-error"
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
      <div className="flex flex-col gap-y-1 md:w-28">
        <Label htmlFor={field("quantity")} size="xsmall" weight="plus">
          Quantity
        </Label>
        <Input
          id={field("quantity")}
          size="small"
          type="number"
          min={1}
          step={1}
          value={line.quantity}
          aria-invalid={!!problems?.quantity}
          aria-describedby={problems?.quantity ? `${field("quantity")}-error` : undefined}
          onChange={(event) => onChange({ ...line, quantity: event.target.value })}
        />
        <FieldError id={`${field("quantity")}-error`} text={problems?.quantity} size="xsmall" />
      </div>
      <div className="flex flex-col gap-y-1 md:w-36">
        <Label htmlFor={field("cost")} size="xsmall" weight="plus">
          Unit cost{currencyCode ? ` (${currencyCode.toUpperCase()})` : ""}
        </Label>
        <Input
          id={field("cost")}
          size="small"
          type="number"
          min={0}
          step="0.01"
          value={line.unit_cost}
          aria-invalid={!!problems?.unit_cost}
          aria-describedby={problems?.unit_cost ? `${field("cost")}-error` : undefined}
          onChange={(event) => onChange({ ...line, unit_cost: event.target.value })}
        />
        <FieldError id={`${field("cost")}-error`} text={problems?.unit_cost} size="xsmall" />
      </div>
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
