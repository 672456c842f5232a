import { formatTotalsAmount, localizedRowLabel, type TotalsRow } from "@shared/totals-presentation"
import { useT } from "../lib/i18n"

/**
 * The rows of the one presentation of totals (src/shared/totals-presentation.ts):
 * subtotal, discounts, shipping, tax, total, then paid and outstanding, in a
 * `.totals` card. Each amount is `data-testid="<prefix>-<key>"`.
 */
export function TotalsRows({
  rows,
  money,
  testIdPrefix,
}: {
  rows: readonly TotalsRow[]
  money: (amount: number) => string
  testIdPrefix: string
}) {
  const t = useT("common")
  return (
    <dl>
      {rows.map((row) => (
        <div key={row.key} className={row.key === "total" ? "grand-total" : undefined}>
          <dt>{localizedRowLabel(row, (key) => t(`totals.${key}`))}</dt>
          <dd data-testid={`${testIdPrefix}-${row.key}`}>{formatTotalsAmount(row, money)}</dd>
        </div>
      ))}
    </dl>
  )
}
