import {
  formatTotalsAmount,
  localizedRowLabel,
  presentQuoteTotals,
} from "@shared/totals-presentation"
import { formatMoney } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import { useQuote } from "../quote-context"

const TEST_IDS: Record<string, string> = {
  shipping: "shipping",
  tax: "tax",
  total: "total",
  deposit: "deposit-due",
}

/**
 * The quote's totals as every paper prints them: the rows of the one
 * presentation of totals (subtotal, discounts, shipping, tax, total, deposit),
 * so this page and the quote PDF say the same thing in the same order.
 */
export function Totals() {
  const { view, totals, selection } = useQuote()
  const { quote } = view
  const t = useT("quote")
  const tc = useT("common")
  const money = (amount: number) => formatMoney(amount, quote.currency_code)
  const { rows } = presentQuoteTotals(totals, quote.items, {
    shipping_label: quote.shipping_method_name,
    show_shipping: quote.shipping_amount != null || !!quote.shipping_method_name,
    deposit_percent: quote.deposit_percent,
  })
  return (
    <section className="card totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        {t("totals.title")}
      </h2>
      <dl>
        {rows.map((row) => (
          <div
            key={row.key}
            className={row.strong ? "grand-total" : row.key === "deposit" ? "deposit" : undefined}
            data-testid={
              row.key === "total" || row.key === "deposit" ? undefined : TEST_IDS[row.key]
            }
          >
            <dt>
              {localizedRowLabel(row, (key) =>
                // Until the quote is accepted, the deposit is what accepting makes due.
                key === "deposit" && quote.can_respond
                  ? t("totals.deposit_due")
                  : tc(`totals.${key}`)
              )}
            </dt>
            <dd
              data-testid={
                row.key === "total" || row.key === "deposit" ? TEST_IDS[row.key] : undefined
              }
              aria-live={row.key === "total" ? "polite" : undefined}
            >
              {formatTotalsAmount(row, money)}
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint selection-state" role="status">
        {selection === "saving"
          ? t("totals.saving")
          : selection === "saved"
            ? t("totals.saved")
            : ""}
      </p>
    </section>
  )
}
