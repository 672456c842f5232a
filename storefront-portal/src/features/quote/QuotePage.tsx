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
import { useT } from "../../lib/i18n"
import { slot, withElements } from "./sentence"

export function QuotePage() {
  const { view, may } = useQuote()
  const { quote } = view
  const t = useT("quote")
  useTitle(t("page.title", { number: quote.number }))
  if (quote.status === "accepted") return <AcceptedQuote />
  if (quote.status === "requested") return <RequestedQuote />
  if (quote.can_respond && may.accept) return <OpenQuote />
  if (quote.can_respond) return <ViewOnlyQuote />
  return <ClosedQuote />
}

/** Open, for a contact whose teams let them see quotes but not decide on them. */
function ViewOnlyQuote() {
  const { view } = useQuote()
  const t = useT("quote")
  return (
    <>
      <QuoteSummary />
      <ItemsTable />
      <Totals />
      {view.quote.terms && <Terms text={view.quote.terms} />}
      <section className="card" aria-label={t("page.decision")}>
        <p data-testid="view-only">{t("page.view_only")}</p>
        <div className="button-row">
          <DownloadPdfButton label={t("page.download_pdf")} />
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
  const t = useT("quote")

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
      <section className="actions card" aria-label={t("page.decision")}>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {selection === "failed" && (
          <p className="error" role="alert">
            {t("page.selection_not_saved")}
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
              {busy ? t("page.opening_agreement") : t("page.review_and_sign")}
            </button>
          ) : (
            <AcceptDialog />
          )}
          <DeclineDialog />
          <DownloadPdfButton label={t("page.download_pdf")} />
        </div>
        {quote.requires_signature && <p className="hint">{t("page.signing_online")}</p>}
      </section>
      <Messages />
    </>
  )
}

function AcceptedQuote() {
  const { view, resultPending, home } = useQuote()
  const { quote, signed_agreement: signed } = view
  const t = useT("quote")
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
          {t("accepted.title", { number: quote.number })}
        </h1>
        {quote.order && (
          <p className="order-number">
            {orderHref ? (
              <Link to={orderHref}>
                {t("accepted.order", {
                  number: t("accepted.order_number", { number: quote.order.display_id }),
                })}
              </Link>
            ) : (
              withElements(t("accepted.order", { number: slot("number") }), {
                number: (
                  <strong>{t("accepted.order_number", { number: quote.order.display_id })}</strong>
                ),
              })
            )}
          </p>
        )}
        <p>
          {signed
            ? // Only who signed here just now is the signer; anyone else reads whom it went to.
              t(resultPending ? "accepted.signed_you" : "accepted.signed_signer", {
                name: signed.signer_name,
                date: formatDate(signed.signed_at),
              })
            : quote.accepted_at
              ? t("accepted.accepted_on", { date: formatDate(quote.accepted_at) })
              : t("accepted.accepted")}
        </p>
        {quote.shipping_address && (
          <p className="ships-to">
            {withElements(t("accepted.ships_to", { address: slot("address") }), {
              address: <AddressLines address={quote.shipping_address} />,
            })}
          </p>
        )}
        <div className="button-row">
          <DownloadPdfButton
            label={signed ? t("page.download_signed_pdf") : t("page.download_pdf")}
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
  const t = useT("quote")
  return (
    <>
      <section className="card status-card" aria-labelledby="quote-title">
        <h1 id="quote-title">
          {t(quote.being_prepared ? "requested.being_prepared_title" : "requested.awaiting_title", {
            number: quote.number,
          })}
        </h1>
        <p>
          {t(quote.being_prepared ? "requested.being_prepared_text" : "requested.awaiting_text", {
            merchant: branding.name,
          })}
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
  const t = useT("quote")
  const values = { number: quote.number, merchant: branding.name }
  const heading =
    quote.status === "expired"
      ? t("closed.expired_title")
      : quote.status === "declined"
        ? t("closed.declined_title", values)
        : t("closed.withdrawn_title", values)
  const detail =
    quote.status === "expired"
      ? quote.valid_until
        ? t("closed.expired_text", { ...values, date: formatDate(quote.valid_until) })
        : t("closed.expired_text_no_date", values)
      : quote.status === "declined"
        ? quote.declined_at
          ? t("closed.declined_text_on", { date: formatDate(quote.declined_at) })
          : t("closed.declined_text")
        : t("closed.withdrawn_text", values)
  return (
    <>
      <section className="card status-card" aria-labelledby="quote-title">
        <h1 id="quote-title">{heading}</h1>
        <p>{detail}</p>
        {quote.status === "declined" && quote.decline_reason && (
          <blockquote className="reason">{quote.decline_reason}</blockquote>
        )}
        <div className="button-row">
          <DownloadPdfButton label={t("page.download_pdf")} />
        </div>
      </section>
      <ItemsTable />
      <Totals />
      <Messages />
    </>
  )
}

function Terms({ text }: { text: string }) {
  const t = useT("quote")
  return (
    <section className="card" aria-labelledby="terms-title">
      <h2 id="terms-title">{t("page.terms")}</h2>
      <p className="pre-wrap">{text}</p>
    </section>
  )
}
