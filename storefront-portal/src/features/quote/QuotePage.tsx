import { useEffect, useRef } from "react"
import { Link, useNavigate } from "react-router"
import { AcceptDialog } from "./components/AcceptDialog"
import { DeclineDialog } from "./components/DeclineDialog"
import { DownloadPdfButton } from "./components/DownloadPdfButton"
import { Invoices } from "./components/Invoices"
import { ItemsTable } from "./components/ItemsTable"
import { Messages } from "./components/Messages"
import { QuoteSummary } from "./components/QuoteSummary"
import { Totals } from "./components/Totals"
import { AddressLines } from "./components/ShippingAddress"
import { formatDate } from "../../lib/format"
import { useQuote } from "./quote-context"
import { useAction } from "../../lib/use-action"
import { useTitle } from "../../components/Layout"

export function QuotePage() {
  const { view, may } = useQuote()
  const { quote } = view
  useTitle(`Quote ${quote.number}`)
  if (quote.status === "accepted") return <AcceptedQuote />
  if (quote.status === "requested") return <RequestedQuote />
  if (quote.can_respond && may.accept) return <OpenQuote />
  if (quote.can_respond) return <ViewOnlyQuote />
  return <ClosedQuote />
}

/** Open, for a contact whose teams let them see quotes but not decide on them. */
function ViewOnlyQuote() {
  const { view } = useQuote()
  return (
    <>
      <QuoteSummary />
      <ItemsTable />
      <Totals />
      {view.quote.terms && <Terms text={view.quote.terms} />}
      <section className="card" aria-label="Your decision">
        <p data-testid="view-only">
          You can read this quote. Accepting or declining it is up to a colleague whose team may
          decide on quotes.
        </p>
        <div className="button-row">
          <DownloadPdfButton label="Download PDF" />
        </div>
      </section>
      <Messages />
    </>
  )
}

/** The quote the buyer can still act on: choose options, accept or sign, decline, ask. */
function OpenQuote() {
  const { view, selection, flushSelection, reload } = useQuote()
  const { quote } = view
  const navigate = useNavigate()
  const { run, busy, error } = useAction()

  // Signing happens on its own page, which shows and confirms the address.
  const reviewAndSign = () =>
    run(async () => {
      await flushSelection()
      await reload()
      navigate("sign")
    })

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
          {quote.requires_signature ? (
            <button
              type="button"
              className="button primary"
              onClick={reviewAndSign}
              disabled={busy}
            >
              {busy ? "Opening the agreement…" : "Review and sign"}
            </button>
          ) : (
            <AcceptDialog />
          )}
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
  const { view, resultPending, home } = useQuote()
  const { quote, signed_agreement: signed } = view
  // A contact's portal has the order's page; a quote link has no way there.
  const orderHref =
    home.startsWith("/account/") && quote.order && `/account/orders/${quote.order.id}`
  const banner = useRef<HTMLElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)

  // Right after accepting or signing here, the result takes the focus and comes
  // into view (on a phone the page was scrolled down to the buttons); the live
  // region has already said it.
  useEffect(() => {
    if (!resultPending) return
    heading.current?.focus({ preventScroll: true })
    banner.current?.scrollIntoView({ block: "start" })
  }, [resultPending])

  return (
    <>
      <section
        ref={banner}
        className="card status-card success"
        aria-labelledby="quote-title"
        data-testid="result"
      >
        <h1 id="quote-title" ref={heading} tabIndex={-1}>
          Quote {quote.number} is accepted
        </h1>
        {quote.order && (
          <p className="order-number">
            {orderHref ? (
              <Link to={orderHref}>Order #{quote.order.display_id}</Link>
            ) : (
              <>
                Order <strong>#{quote.order.display_id}</strong>
              </>
            )}
          </p>
        )}
        <p>
          {signed
            ? // Only who signed here just now is the signer; anyone else reads whom it went to.
              `Signed by ${signed.signer_name} on ${formatDate(signed.signed_at)}. A copy of the signed agreement was emailed to ${resultPending ? "you" : signed.signer_name}.`
            : `Accepted${quote.accepted_at ? ` on ${formatDate(quote.accepted_at)}` : ""}. We have started on your order.`}
        </p>
        {quote.shipping_address && (
          <p className="ships-to">
            Ships to <AddressLines address={quote.shipping_address} />
          </p>
        )}
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

/**
 * Requested from the portal cart: the merchant prices and sends it
 * (docs/ARCHITECTURE.md, "Quote requests"); until then the lines and the thread.
 */
function RequestedQuote() {
  const { view } = useQuote()
  const { quote, branding } = view
  return (
    <>
      <section className="card status-card" aria-labelledby="quote-title">
        <h1 id="quote-title">
          Quote {quote.number}: {quote.being_prepared ? "Being prepared" : "Awaiting the merchant"}
        </h1>
        <p>
          {quote.being_prepared
            ? `${branding.name} is preparing this quote and will send it to you; the lines may change until then. You can add a message below meanwhile.`
            : `You asked ${branding.name} for a quote. They will price it and send it to you; you can add a message below meanwhile.`}
        </p>
      </section>
      <ItemsTable />
      <Messages />
    </>
  )
}

/** Expired, declined or withdrawn: read-only, with the PDF and the thread. */
function ClosedQuote() {
  const { view } = useQuote()
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
