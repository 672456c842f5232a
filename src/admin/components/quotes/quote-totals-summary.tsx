import { Text } from "@medusajs/ui"
import type { QuoteTotals } from "../../../shared/quote-totals"
import { formatTotalsAmount, presentQuoteTotals } from "../../../shared/totals-presentation"
import { formatMoney } from "../../lib/format"

type QuoteTotalsSummaryProps = {
  totals: QuoteTotals
  /** The tax row's label, e.g. "Tax (IL 10%)". */
  taxLabel?: string
  /** Instead of the tax amount, e.g. while tax is not known before saving. */
  taxValue?: string
  /** Whether the quote has shipping (a free one shows as $0.00), and its method's name. */
  showShipping?: boolean
  shippingName?: string | null
  depositPercent?: number | null
}

/**
 * The rows of the one presentation of totals (docs/ARCHITECTURE.md, "Money"):
 * subtotal, discounts, shipping, tax, total and deposit, as the PDFs print them.
 */
export const QuoteTotalsSummary = ({
  totals,
  taxLabel,
  taxValue,
  showShipping,
  shippingName,
  depositPercent,
}: QuoteTotalsSummaryProps) => {
  const money = (amount: number) => formatMoney(amount, totals.currency_code)
  const { rows } = presentQuoteTotals(totals, [], {
    show_shipping: showShipping,
    shipping_label: shippingName,
    deposit_percent: depositPercent,
  })
  return (
    <dl className="ml-auto flex max-w-xs flex-col gap-y-1" aria-label="Totals">
      {rows.map((row) => {
        const tax = row.key === "tax"
        const label = tax && taxLabel ? taxLabel : row.label
        const value = tax && taxValue ? taxValue : formatTotalsAmount(row, money)
        return (
          <div
            key={row.key}
            className={`flex justify-between gap-x-6${row.strong ? " border-t pt-1" : ""}`}
          >
            <Text
              size="small"
              weight={row.strong ? "plus" : undefined}
              className={row.strong ? undefined : "text-ui-fg-subtle"}
              asChild
            >
              <dt>{label}</dt>
            </Text>
            <Text size="small" weight={row.strong ? "plus" : undefined} asChild>
              <dd>{value}</dd>
            </Text>
          </div>
        )
      })}
    </dl>
  )
}
