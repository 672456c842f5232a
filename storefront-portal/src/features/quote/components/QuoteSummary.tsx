import { expiresIn, formatDate } from "../../../lib/format"
import { useQuote } from "../quote-context"

export function QuoteSummary() {
  const { view } = useQuote()
  const { quote, branding } = view
  const customer = quote.customer
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  const left = expiresIn(quote.valid_until)
  return (
    <section className="card summary" aria-labelledby="quote-title">
      <p className="eyebrow">From {branding.name}</p>
      <h1 id="quote-title">Quote {quote.number}</h1>
      <dl className="facts">
        {customer && (
          <div>
            <dt>Prepared for</dt>
            <dd>{[name, customer.company_name].filter(Boolean).join(", ") || customer.email}</dd>
          </div>
        )}
        {quote.valid_until && (
          <div>
            <dt>Valid until</dt>
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
