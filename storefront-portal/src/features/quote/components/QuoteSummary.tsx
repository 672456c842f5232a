import { daysLeft, formatDate } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
import { expiresIn } from "../../../lib/labels"
import { useQuote } from "../quote-context"

export function QuoteSummary() {
  const { view } = useQuote()
  const { quote, branding } = view
  const t = useT("quote")
  const tc = useT("common")
  const customer = quote.customer
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  const left = expiresIn(tc, daysLeft(quote.valid_until))
  return (
    <section className="card summary" aria-labelledby="quote-title">
      <p className="eyebrow">{t("summary.from", { merchant: branding.name })}</p>
      <h1 id="quote-title">{t("page.title", { number: quote.number })}</h1>
      <dl className="facts">
        {customer && (
          <div>
            <dt>{t("summary.prepared_for")}</dt>
            <dd>{[name, customer.company_name].filter(Boolean).join(", ") || customer.email}</dd>
          </div>
        )}
        {quote.valid_until && (
          <div>
            <dt>{t("summary.valid_until")}</dt>
            <dd>
              {formatDate(quote.valid_until)}
              {left && <span className="badge">{left}</span>}
            </dd>
          </div>
        )}
      </dl>
    </section>
  )
}
