import { Plus } from "@medusajs/icons"
import { Alert, Button, Text } from "@medusajs/ui"
import type { QuoteLineTotals } from "../../../../shared/quote-totals"
import { PricedVariantPicker } from "../../pickers/variant-pickers"
import { FormSection, type QuoteSectionProps } from "./form-section"
import { emptyLine, lineFromVariant, withLine } from "./quote-form-model"
import { QuoteLineEditor } from "./quote-line-editor"

/** The lines: catalog variants priced for the quote's region, or custom lines. */
export const ItemsSection = ({
  draft,
  problems,
  update,
  lineTotals,
}: QuoteSectionProps & { lineTotals: Map<string, QuoteLineTotals> }) => {
  const pricing = { currency_code: draft.currency_code, region_id: draft.region_id }
  const missingPrices = draft.lines.filter((line) => line.variant_id && !line.unit_price).length
  return (
    <FormSection
      title="Items"
      description="Add products from the catalog (title, SKU and price are filled in) or custom lines. Optional items are the buyer's choice."
    >
      <PricedVariantPicker
        id="quote-variant"
        disabled={!draft.region_id}
        onPick={(variant) => update({ lines: [...draft.lines, lineFromVariant(variant, pricing)] })}
      />
      {missingPrices > 0 && (
        <Alert variant="warning">
          {missingPrices === 1 ? "A product has" : `${missingPrices} products have`} no price in{" "}
          {draft.currency_code.toUpperCase()}: enter the unit price yourself.
        </Alert>
      )}
      {draft.lines.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          No items yet. A quote needs at least one before it can be sent.
        </Text>
      ) : (
        draft.lines.map((line, index) => (
          <QuoteLineEditor
            key={line.key}
            line={line}
            index={index}
            currencyCode={draft.currency_code}
            totals={lineTotals.get(line.key)}
            problems={problems.lines[line.key]}
            onChange={(next) => update((current) => withLine(current, line.key, next))}
            onRemove={() =>
              update({ lines: draft.lines.filter((existing) => existing.key !== line.key) })
            }
          />
        ))
      )}
      <Button
        size="small"
        variant="secondary"
        type="button"
        className="self-start"
        onClick={() => update({ lines: [...draft.lines, emptyLine()] })}
      >
        <Plus />
        Add custom line
      </Button>
    </FormSection>
  )
}
