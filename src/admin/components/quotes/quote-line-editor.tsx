import { Trash } from "@medusajs/icons"
import { Checkbox, IconButton, Input, Label, Text } from "@medusajs/ui"
import type { QuoteLineTotals } from "../../../shared/quote-totals"
import { FieldError } from "./field-error"
import { formatMoney } from "./format"
import type { DraftProblems, LineDraft } from "./quote-form-model"

type QuoteLineEditorProps = {
  line: LineDraft
  index: number
  currencyCode: string
  totals: QuoteLineTotals | undefined
  problems: DraftProblems["lines"][string] | undefined
  onChange: (line: LineDraft) => void
  onRemove: () => void
}

/** One line: title, quantity, unit price, discount, and whether it is optional and pre-selected. */
export const QuoteLineEditor = ({
  line,
  index,
  currencyCode,
  totals,
  problems,
  onChange,
  onRemove,
}: QuoteLineEditorProps) => {
  const field = (name: string) => `line-${line.key}-${name}`
  const error = (name: keyof NonNullable<typeof problems>) => problems?.[name]
  const described = (name: keyof NonNullable<typeof problems>) =>
    error(name) ? `${field(name)}-error` : undefined

  return (
    <div
      className="border-ui-border-base flex flex-col gap-y-3 rounded-lg border p-3"
      aria-label={`Line ${index + 1}`}
      role="group"
    >
      <div className="flex items-start gap-x-2">
        <div className="flex flex-1 flex-col gap-y-1">
          <Label htmlFor={field("title")} size="xsmall" weight="plus">
            Title
          </Label>
          <Input
            id={field("title")}
            size="small"
            value={line.title}
            aria-invalid={!!error("title")}
            aria-describedby={described("title")}
            onChange={(event) => onChange({ ...line, title: event.target.value })}
          />
          <FieldError id={`${field("title")}-error`} text={error("title")} size="xsmall" />
          <Text size="xsmall" className="text-ui-fg-subtle">
            {line.variant_id
              ? `Product variant${line.sku ? ` · SKU ${line.sku}` : ""}${
                  line.price_from_catalog ? " · catalog price" : ""
                }`
              : "Custom line"}
          </Text>
        </div>
        <IconButton
          size="small"
          variant="transparent"
          className="mt-5"
          aria-label={`Remove line ${index + 1}`}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <div className="flex flex-col gap-y-1">
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
            aria-invalid={!!error("quantity")}
            aria-describedby={described("quantity")}
            onChange={(event) => onChange({ ...line, quantity: event.target.value })}
          />
          <FieldError id={`${field("quantity")}-error`} text={error("quantity")} size="xsmall" />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={field("unit_price")} size="xsmall" weight="plus">
            Unit price ({currencyCode.toUpperCase() || "–"})
          </Label>
          <Input
            id={field("unit_price")}
            size="small"
            type="number"
            min={0}
            step="any"
            value={line.unit_price}
            aria-invalid={!!error("unit_price")}
            aria-describedby={described("unit_price")}
            onChange={(event) =>
              onChange({ ...line, unit_price: event.target.value, price_from_catalog: false })
            }
          />
          <FieldError
            id={`${field("unit_price")}-error`}
            text={error("unit_price")}
            size="xsmall"
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={field("discount")} size="xsmall" weight="plus">
            Discount %
          </Label>
          <Input
            id={field("discount")}
            size="small"
            type="number"
            min={0}
            max={100}
            step="any"
            placeholder="0"
            value={line.discount_percent}
            aria-invalid={!!error("discount")}
            aria-describedby={described("discount")}
            onChange={(event) => onChange({ ...line, discount_percent: event.target.value })}
          />
          <FieldError id={`${field("discount")}-error`} text={error("discount")} size="xsmall" />
        </div>
        <div className="flex flex-col gap-y-1">
          <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
            Line total
          </Text>
          <Text size="small" className="py-1.5">
            {totals ? formatMoney(totals.total, currencyCode) : "–"}
          </Text>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <div className="flex items-center gap-x-2">
          <Checkbox
            id={field("optional")}
            checked={line.is_optional}
            onCheckedChange={(checked) =>
              onChange({ ...line, is_optional: checked === true, is_selected: false })
            }
          />
          <Label htmlFor={field("optional")} size="small">
            Optional: the buyer chooses
          </Label>
        </div>
        <div className="flex items-center gap-x-2">
          <Checkbox
            id={field("selected")}
            disabled={!line.is_optional}
            checked={line.is_optional && line.is_selected}
            onCheckedChange={(checked) => onChange({ ...line, is_selected: checked === true })}
          />
          <Label
            htmlFor={field("selected")}
            size="small"
            className={line.is_optional ? "" : "text-ui-fg-disabled"}
          >
            Pre-selected
          </Label>
        </div>
      </div>
    </div>
  )
}
