import { formatMoney } from "../lib/format"
import { useQuoteLink } from "../lib/quote-link"

export function Totals() {
  const { view, totals, selection } = useQuoteLink()
  const { quote } = view
  const money = (amount: number) => formatMoney(amount, quote.currency_code)
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
        {totals.shipping_total > 0 && (
          <div>
            <dt>Shipping{quote.shipping_method_name ? ` (${quote.shipping_method_name})` : ""}</dt>
            <dd>{money(totals.shipping_total)}</dd>
          </div>
        )}
        {totals.tax_total > 0 && (
          <div>
            <dt>Tax</dt>
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
