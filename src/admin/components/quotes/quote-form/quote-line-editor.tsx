import { Trash } from "@medusajs/icons"
import { Checkbox, IconButton, Label, Text } from "@medusajs/ui"
import type { QuoteLineTotals } from "../../../../shared/quote-totals"
import { formatMoney } from "../../../lib/format"
import { LineField } from "../../common/line-field"
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

  return (
    <div
      className="border-ui-border-base flex flex-col gap-y-3 rounded-lg border p-3"
      aria-label={`Line ${index + 1}`}
      role="group"
    >
      <div className="flex items-start gap-x-2">
        <LineField
          className="flex-1"
          id={field("title")}
          label="Title"
          value={line.title}
          error={error("title")}
          onValueChange={(title) => onChange({ ...line, title })}
        >
          <Text size="xsmall" className="text-ui-fg-subtle">
            {line.variant_id
              ? `Product variant${line.sku ? ` · SKU ${line.sku}` : ""}${
                  line.price_from_catalog ? " · catalog price" : ""
                }`
              : "Custom line"}
          </Text>
        </LineField>
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
        <LineField
          id={field("quantity")}
          label="Quantity"
          type="number"
          min={1}
          step={1}
          value={line.quantity}
          error={error("quantity")}
          onValueChange={(quantity) => onChange({ ...line, quantity })}
        />
        <LineField
          id={field("unit_price")}
          label={`Unit price (${currencyCode.toUpperCase() || "–"})`}
          type="number"
          min={0}
          step="any"
          value={line.unit_price}
          error={error("unit_price")}
          onValueChange={(unit_price) =>
            onChange({ ...line, unit_price, price_from_catalog: false })
          }
        />
        <LineField
          id={field("discount")}
          label="Discount %"
          type="number"
          min={0}
          max={100}
          step="any"
          placeholder="0"
          value={line.discount_percent}
          error={error("discount")}
          onValueChange={(discount_percent) => onChange({ ...line, discount_percent })}
        />
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
