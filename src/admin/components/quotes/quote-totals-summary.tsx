import { Text } from "@medusajs/ui"
import type { QuoteTotals } from "../../../shared/quote-totals"
import { formatMoney } from "./format"

type QuoteTotalsSummaryProps = {
  totals: QuoteTotals
  taxLabel?: string
  /** Instead of the tax amount, e.g. while tax is not known before saving. */
  taxValue?: string
  /** Shown as the shipping row's label when the quote has shipping, e.g. "Shipping (Freight)". */
  shippingLabel?: string | null
  depositLabel?: string
}

/** Subtotal, discount, shipping, tax, total and deposit, from the shared totals function's answer. */
export const QuoteTotalsSummary = ({
  totals,
  taxLabel = "Tax",
  taxValue,
  shippingLabel,
  depositLabel = "Deposit",
}: QuoteTotalsSummaryProps) => {
  const money = (amount: number) => formatMoney(amount, totals.currency_code)
  const rows: Array<[string, string]> = [["Subtotal", money(totals.subtotal)]]
  if (totals.discount_total) rows.push(["Discount", `−${money(totals.discount_total)}`])
  if (shippingLabel || totals.shipping_total) {
    rows.push([shippingLabel || "Shipping", money(totals.shipping_total)])
  }
  rows.push([taxLabel, taxValue ?? money(totals.tax_total)])
  return (
    <dl className="ml-auto flex max-w-xs flex-col gap-y-1" aria-label="Totals">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-x-6">
          <Text size="small" className="text-ui-fg-subtle" asChild>
            <dt>{label}</dt>
          </Text>
          <Text size="small" asChild>
            <dd>{value}</dd>
          </Text>
        </div>
      ))}
      <div className="flex justify-between gap-x-6 border-t pt-1">
        <Text size="small" weight="plus" asChild>
          <dt>Total</dt>
        </Text>
        <Text size="small" weight="plus" asChild>
          <dd>{money(totals.total)}</dd>
        </Text>
      </div>
      {totals.deposit_due > 0 && (
        <div className="flex justify-between gap-x-6">
          <Text size="small" className="text-ui-fg-subtle" asChild>
            <dt>{depositLabel} due on acceptance</dt>
          </Text>
          <Text size="small" asChild>
            <dd>{money(totals.deposit_due)}</dd>
          </Text>
        </div>
      )}
    </dl>
  )
}
