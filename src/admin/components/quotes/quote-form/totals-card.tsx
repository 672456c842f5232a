import { Container, Heading, Text } from "@medusajs/ui"
import type { QuoteTotals } from "../../../../shared/quote-totals"
import { FormActions } from "../../common/form-actions"
import { QuoteTotalsSummary } from "../quote-totals-summary"
import type { QuoteDraft } from "./quote-form-model"

/** The live totals beside the form, and its buttons. */
export const TotalsCard = ({
  draft,
  totals,
  shippingAmount,
  shippingName,
  submitLabel,
  isSubmitting,
  onCancel,
}: {
  draft: QuoteDraft
  totals: QuoteTotals | null
  shippingAmount: number | null
  shippingName: string | undefined
  submitLabel: string
  isSubmitting: boolean
  onCancel: () => void
}) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4">
    <Heading level="h2">Totals</Heading>
    {totals ? (
      <QuoteTotalsSummary
        totals={totals}
        taxValue="For the address, on save"
        showShipping={shippingAmount != null}
        shippingName={shippingName}
        depositPercent={
          draft.deposit_mode === "percent" && draft.deposit_value
            ? Number(draft.deposit_value)
            : null
        }
      />
    ) : (
      <Text size="small" className="text-ui-fg-subtle">
        Choose a region to see totals in its currency.
      </Text>
    )}
    <Text size="xsmall" className="text-ui-fg-subtle">
      Optional items count when pre-selected; the buyer can change that.
    </Text>
    <Text size="xsmall" className="text-ui-fg-subtle">
      Tax comes from Medusa&apos;s Tax Module for the shipping address, per line, when you save; the
      quote&apos;s page then shows it line by line.
    </Text>
    <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
  </Container>
)
