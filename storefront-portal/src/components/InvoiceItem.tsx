import type { StorePortalPaymentSession, StorePortalQuoteInvoice } from "@shared/http/invoices"
import { choosePaymentProvider, isStripeProvider } from "@shared/payment-providers"
import { lazy, Suspense, useState } from "react"
import { config } from "../lib/config"
import type { InvoiceApi } from "../lib/data/invoices"
import { formatDate, formatMoney } from "../lib/format"
import { useLanguage, useT } from "../lib/i18n"
import { invoiceLabel, invoiceStatusLabel } from "../lib/labels"
import { useAction } from "../lib/use-action"
import { DownloadFileButton } from "./DownloadFileButton"

// Stripe's scripts load only when a buyer pays by card through Stripe.
const StripePayment = lazy(() => import("./StripePayment"))

/**
 * One invoice: amount, status, PDF, and paying it with the region's provider
 * (Stripe's form when Stripe is the one); the quote page and the account's
 * invoice page both show it (docs/ARCHITECTURE.md, "Storefront portal").
 */
export function InvoiceItem({
  invoice,
  api,
  mayPay,
  onChange,
}: {
  invoice: StorePortalQuoteInvoice
  api: InvoiceApi
  mayPay: boolean
  onChange: () => Promise<void>
}) {
  const t = useT("common")
  const language = useLanguage()
  const { run, busy, error } = useAction()
  const [stripeSession, setStripeSession] = useState<StorePortalPaymentSession | null>(null)
  // Paying is asked twice, the second time with the amount (docs/ARCHITECTURE.md, "Storefront portal").
  const [confirming, setConfirming] = useState(false)
  const label = invoiceLabel(t, invoice)
  const amount = formatMoney(invoice.amount, invoice.currency_code)
  const provider = choosePaymentProvider(invoice.payment_providers, !!config.stripePublishableKey)

  /** The capture is recorded by the server moments after it answers; wait for it. */
  async function waitUntilPaid() {
    for (let attempt = 0; attempt < 20; attempt++) {
      if ((await api.current(invoice.id))?.status === "paid") break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    await onChange()
  }

  const pay = () =>
    run(async () => {
      setConfirming(false)
      if (!provider) return
      const { payment_session } = await api.startPayment(invoice.id, provider)
      if (isStripeProvider(provider)) {
        setStripeSession(payment_session)
        return
      }
      await api.pay(invoice.id, payment_session.id)
      await waitUntilPaid()
    })

  return (
    <>
      <div className="invoice-main">
        <span className="invoice-title">{label}</span>
        <span className="invoice-amount">{amount}</span>
        <span className={`badge status-${invoice.status}`}>
          {invoiceStatusLabel(t, invoice.status)}
        </span>
      </div>
      {invoice.status === "paid" && invoice.paid_at && (
        <p className="hint">{t("invoice.paid_on", { date: formatDate(invoice.paid_at) })}</p>
      )}
      <DownloadFileButton
        label={t("invoice.download", { invoice: label })}
        file={{
          name: `${invoice.number}.pdf`,
          fetch: () => api.invoicePdf(invoice.id),
        }}
      />
      {invoice.payable && mayPay && !stripeSession && (
        <>
          {invoice.due_at && (
            <p className="hint">{t("invoice.due", { date: formatDate(invoice.due_at) })}</p>
          )}
          {confirming ? (
            <div
              className="pay-confirm"
              role="group"
              aria-label={t("invoice.confirm_paying", { invoice: label })}
            >
              <p>
                <strong>{t("invoice.pay_question", { amount })}</strong>
              </p>
              <div className="button-row">
                <button type="button" className="button primary" onClick={pay} autoFocus>
                  {t("invoice.pay_amount", { amount })}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t("actions.cancel")}
                </button>
              </div>
            </div>
          ) : (
            <button
              type="button"
              className="button primary"
              onClick={() => setConfirming(true)}
              disabled={busy || !provider}
            >
              {busy
                ? t("invoice.paying")
                : t(invoice.kind === "deposit" ? "invoice.pay_deposit" : "invoice.pay_invoice")}
            </button>
          )}
          {!provider && <p className="hint">{t("invoice.no_online_payment")}</p>}
        </>
      )}
      {stripeSession && (
        <Suspense fallback={<p role="status">{t("invoice.loading_payment_form")}</p>}>
          <StripePayment
            session={stripeSession}
            language={language}
            onPaid={async () => {
              await api.pay(invoice.id, stripeSession.id)
              setStripeSession(null)
              await waitUntilPaid()
            }}
          />
        </Suspense>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
