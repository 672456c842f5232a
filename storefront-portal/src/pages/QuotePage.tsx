import { useNavigate } from "react-router"
import { DeclineDialog } from "../components/DeclineDialog"
import { DownloadPdfButton } from "../components/DownloadPdfButton"
import { Invoices } from "../components/Invoices"
import { ItemsTable } from "../components/ItemsTable"
import { Messages } from "../components/Messages"
import { QuoteSummary } from "../components/QuoteSummary"
import { Totals } from "../components/Totals"
import { isConflict, quoteLinks } from "../lib/api"
import { formatDate } from "../lib/format"
import { useQuoteLink } from "../lib/quote-link"
import { useAction } from "../lib/use-action"

export function QuotePage() {
  const { view } = useQuoteLink()
  const { quote } = view
  if (quote.status === "accepted") return <AcceptedQuote />
  if (quote.can_respond) return <OpenQuote />
  return <ClosedQuote />
}

/** The quote the buyer can still act on: choose options, accept or sign, decline, ask. */
function OpenQuote() {
  const { token, view, selected, selection, flushSelection, replaceView, reload } = useQuoteLink()
  const { quote } = view
  const navigate = useNavigate()
  const { run, busy, error } = useAction()

  const accept = () =>
    run(
      async () => {
        if (quote.requires_signature) {
          await flushSelection()
          await reload()
          navigate("sign")
          return
        }
        await quoteLinks.accept(token, selected)
        replaceView(await quoteLinks.view(token))
      },
      async (caught) => {
        if (isConflict(caught)) await reload()
      }
    )

  return (
    <>
      <QuoteSummary />
      <ItemsTable editable />
      <Totals />
      {quote.terms && <Terms text={quote.terms} />}
      <section className="actions card" aria-label="Your decision">
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {selection === "failed" && (
          <p className="error" role="alert">
            Your choice of options was not saved. Check your connection; it is sent again when you
            accept.
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button primary" onClick={accept} disabled={busy}>
            {quote.requires_signature
              ? busy
                ? "Opening the agreement…"
                : "Review and sign"
              : busy
                ? "Accepting…"
                : "Accept quote"}
          </button>
          <DeclineDialog />
          <DownloadPdfButton label="Download PDF" />
        </div>
        {quote.requires_signature && (
          <p className="hint">Accepting this quote means signing its agreement online.</p>
        )}
      </section>
      <Messages />
    </>
  )
}

function AcceptedQuote() {
  const { view } = useQuoteLink()
  const { quote, signed_agreement: signed } = view
  return (
    <>
      <section className="card status-card success" aria-labelledby="quote-title">
        <h1 id="quote-title">Quote {quote.number} is accepted</h1>
        {quote.order && (
          <p className="order-number">
            Order <strong>#{quote.order.display_id}</strong>
          </p>
        )}
        <p>
          {signed
            ? `Signed by ${signed.signer_name} on ${formatDate(signed.signed_at)}. A copy of the signed agreement was emailed to you.`
            : `Accepted${quote.accepted_at ? ` on ${formatDate(quote.accepted_at)}` : ""}. We have started on your order.`}
        </p>
        <div className="button-row">
          <DownloadPdfButton
            label={signed ? "Download signed PDF" : "Download PDF"}
            primary={!!signed}
          />
        </div>
      </section>
      <Invoices />
      <ItemsTable />
      <Totals />
      <Messages />
    </>
  )
}

/** Expired, declined or withdrawn: read-only, with the PDF and the thread. */
function ClosedQuote() {
  const { view } = useQuoteLink()
  const { quote, branding } = view
  const heading =
    quote.status === "expired"
      ? "This quote has expired"
      : quote.status === "declined"
        ? `Quote ${quote.number} was declined`
        : `Quote ${quote.number} was withdrawn`
  const detail =
    quote.status === "expired"
      ? `Quote ${quote.number} was valid until ${quote.valid_until ? formatDate(quote.valid_until) : "its end date"}. Ask ${branding.name} below for a new one.`
      : quote.status === "declined"
        ? `You declined it${quote.declined_at ? ` on ${formatDate(quote.declined_at)}` : ""}.`
        : `${branding.name} withdrew this quote. Ask below if you have questions.`
  return (
    <>
      <section className="card status-card" aria-labelledby="quote-title">
        <h1 id="quote-title">{heading}</h1>
        <p>{detail}</p>
        {quote.status === "declined" && quote.decline_reason && (
          <blockquote className="reason">{quote.decline_reason}</blockquote>
        )}
        <div className="button-row">
          <DownloadPdfButton label="Download PDF" />
        </div>
      </section>
      <ItemsTable />
      <Totals />
      <Messages />
    </>
  )
}

function Terms({ text }: { text: string }) {
  return (
    <section className="card" aria-labelledby="terms-title">
      <h2 id="terms-title">Terms</h2>
      <p className="pre-wrap">{text}</p>
    </section>
  )
}
