import type { QuoteTaxLine } from "@shared/quote-totals"
import { formatMoney } from "../../../lib/format"
import { useQuote } from "../quote-context"

/** "Sales tax 8.25%": each distinct tax line (Medusa's Tax Module) of the included lines and shipping. */
function taxLabels(lines: Array<QuoteTaxLine[] | null | undefined>): string[] {
  const labels = new Set<string>()
  for (const taxLines of lines) {
    for (const line of taxLines ?? []) {
      const rate = `${Number(line.rate)}%`
      const name = line.name?.trim()
      labels.add(!name ? `Tax ${rate}` : name.includes(rate) ? name : `${name} ${rate}`)
    }
  }
  return [...labels]
}

export function Totals() {
  const { view, totals, selection } = useQuote()
  const { quote } = view
  const money = (amount: number) => formatMoney(amount, quote.currency_code)
  const included = new Set(totals.items.filter((line) => line.included).map((line) => line.id))
  const taxes = taxLabels([
    ...quote.items.filter((item) => included.has(item.id)).map((item) => item.tax_lines),
    quote.shipping_amount != null ? quote.shipping_tax_lines : null,
  ])
  const hasShipping = quote.shipping_amount != null || !!quote.shipping_method_name
  return (
    <section className="card totals" aria-labelledby="totals-title">
      <h2 id="totals-title" className="visually-hidden">
        Totals
      </h2>
      <dl>
        <div>
          <dt>Subtotal</dt>
          <dd>{money(totals.subtotal)}</dd>
        </div>
        {totals.discount_total > 0 && (
          <div>
            <dt>Discount</dt>
            <dd>−{money(totals.discount_total)}</dd>
          </div>
        )}
        {hasShipping && (
          <div data-testid="shipping">
            <dt>Shipping{quote.shipping_method_name ? ` (${quote.shipping_method_name})` : ""}</dt>
            <dd>{totals.shipping_total > 0 ? money(totals.shipping_total) : "Free"}</dd>
          </div>
        )}
        {(totals.tax_total > 0 || taxes.length > 0) && (
          <div data-testid="tax">
            <dt>{taxes.length ? taxes.join(", ") : "Tax"}</dt>
            <dd>{money(totals.tax_total)}</dd>
          </div>
        )}
        <div className="grand-total">
          <dt>Total</dt>
          <dd data-testid="total" aria-live="polite">
            {money(totals.total)}
          </dd>
        </div>
        {totals.deposit_due > 0 && (
          <div className="deposit">
            <dt>
              {quote.can_respond ? "Deposit due on acceptance" : "Deposit"}
              {quote.deposit_percent != null ? ` (${quote.deposit_percent}%)` : ""}
            </dt>
            <dd data-testid="deposit-due">{money(totals.deposit_due)}</dd>
          </div>
        )}
      </dl>
      <p className="hint selection-state" role="status">
        {selection === "saving" ? "Saving your choice…" : selection === "saved" ? "Saved" : ""}
      </p>
    </section>
  )
}
