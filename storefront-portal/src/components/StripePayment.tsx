import type { StorePortalPaymentSession } from "@shared/http/invoices"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type StripeElementLocale } from "@stripe/stripe-js"
import { useState, type FormEvent } from "react"
import { config } from "../lib/config"
import { useT } from "../lib/i18n"

/** Stripe's form in the page's language; "auto" (the browser's) for the pseudo-locale. */
const stripeLocale = (language: string) =>
  (/^[a-z]{2}$/.test(language) ? language : "auto") as StripeElementLocale

const stripePromise = config.stripePublishableKey ? loadStripe(config.stripePublishableKey) : null

/**
 * Stripe's Payment Element for the session Medusa's Stripe provider created;
 * after Stripe confirms, `onPaid` asks Medusa to authorize and capture it.
 */
export default function StripePayment(props: {
  session: StorePortalPaymentSession
  /** The page's language: Stripe's form speaks it too. */
  language: string
  onPaid: () => Promise<void>
}) {
  const t = useT("common")
  const clientSecret = props.session.data.client_secret as string | undefined
  if (!stripePromise || !clientSecret) {
    return (
      <p className="error" role="alert">
        {t("payment.not_configured")}
      </p>
    )
  }
  return (
    <Elements
      stripe={stripePromise}
      options={{ clientSecret, locale: stripeLocale(props.language) }}
    >
      <StripeForm onPaid={props.onPaid} />
    </Elements>
  )
}

function StripeForm({ onPaid }: { onPaid: () => Promise<void> }) {
  const t = useT("common")
  const stripe = useStripe()
  const elements = useElements()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!stripe || !elements || busy) return
    setBusy(true)
    setError(null)
    const result = await stripe.confirmPayment({ elements, redirect: "if_required" })
    if (result.error) {
      setError(result.error.message ?? t("payment.failed"))
      setBusy(false)
      return
    }
    try {
      await onPaid()
    } catch {
      setError(t("payment.not_recorded"))
    }
    setBusy(false)
  }

  return (
    <form onSubmit={submit} className="stripe-form">
      <PaymentElement />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={!stripe || busy}>
        {busy ? t("invoice.paying") : t("payment.pay_now")}
      </button>
    </form>
  )
}
