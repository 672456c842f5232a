import type { StorePortalPaymentSession } from "@shared/http/invoices"
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe } from "@stripe/stripe-js"
import { useState, type FormEvent } from "react"
import { config } from "../lib/config"

const stripePromise = config.stripePublishableKey ? loadStripe(config.stripePublishableKey) : null

/**
 * Stripe's Payment Element for the session Medusa's Stripe provider created;
 * after Stripe confirms, `onPaid` asks Medusa to authorize and capture it.
 */
export default function StripePayment(props: {
  session: StorePortalPaymentSession
  onPaid: () => Promise<void>
}) {
  const clientSecret = props.session.data.client_secret as string | undefined
  if (!stripePromise || !clientSecret) {
    return (
      <p className="error" role="alert">
        Card payment is not configured.
      </p>
    )
  }
  return (
    <Elements stripe={stripePromise} options={{ clientSecret }}>
      <StripeForm onPaid={props.onPaid} />
    </Elements>
  )
}

function StripeForm({ onPaid }: { onPaid: () => Promise<void> }) {
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
      setError(result.error.message ?? "The payment did not go through.")
      setBusy(false)
      return
    }
    try {
      await onPaid()
    } catch {
      setError("The payment went through but we could not record it yet. Reload in a minute.")
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
        {busy ? "Paying…" : "Pay now"}
      </button>
    </form>
  )
}
