import { useId, useRef, useState, type FormEvent } from "react"
import { Navigate, useNavigate } from "react-router"
import { AgreementText } from "../components/AgreementText"
import { ShipToPicker } from "../components/ShippingAddress"
import { SignatureField, type SignatureFieldHandle } from "../components/SignatureField"
import { isConflict, quoteLinks } from "../lib/api"
import { formatMoney } from "../lib/format"
import { useQuoteLink } from "../lib/quote-link"
import { useAction } from "../lib/use-action"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The signature step: the agreement for the buyer's selection, then name, email, pad, consent. */
export default function SignPage() {
  const { token, view, selected, totals, replaceView, reload, chosenAddressId, announceResult } =
    useQuoteLink()
  const { quote, agreement } = view
  const navigate = useNavigate()
  const customer = quote.customer
  const [name, setName] = useState(
    [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  )
  const [email, setEmail] = useState(customer?.email ?? "")
  const [consent, setConsent] = useState(false)
  const [invalid, setInvalid] = useState<string[]>([])
  const { run, busy, error } = useAction()
  const pad = useRef<SignatureFieldHandle>(null)
  const ids = { name: useId(), email: useId(), consent: useId(), errors: useId(), pad: useId() }

  if (!quote.can_respond || !quote.requires_signature || !agreement) {
    return <Navigate to={`/q/${encodeURIComponent(token)}`} replace />
  }
  const money = (amount: number) => formatMoney(amount, quote.currency_code)

  function problems(): string[] {
    const found: string[] = []
    if (name.trim().length < 2) found.push("Type your full name.")
    if (!EMAIL.test(email.trim())) found.push("Enter a valid email address.")
    if (pad.current?.isEmpty() ?? true) found.push("Draw your signature on the pad.")
    if (!consent) found.push("Tick the box to agree.")
    return found
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found = problems()
    setInvalid(found)
    if (found.length) return
    await run(
      async () => {
        await quoteLinks.sign(token, {
          selected_item_ids: selected,
          shipping_address_id: chosenAddressId,
          signer_name: name.trim(),
          signer_email: email.trim(),
          signature: pad.current!.toDataURL(),
          consent: true,
        })
        const fresh = await quoteLinks.view(token)
        replaceView(fresh)
        announceResult(
          `Quote ${quote.number} is signed and accepted.` +
            (fresh.quote.order ? ` Your order number is ${fresh.quote.order.display_id}.` : "")
        )
        navigate(`/q/${encodeURIComponent(token)}`, { replace: true })
      },
      async (caught) => {
        if (isConflict(caught)) await reload()
      }
    )
  }

  const errors = error ? [...invalid, error] : invalid
  const padMissing = errors.some((e) => e.startsWith("Draw"))
  return (
    <>
      <section className="card" aria-labelledby="agreement-title">
        <p className="eyebrow">
          Quote {quote.number} · {agreement.name}
        </p>
        <h1 id="sign-title">Sign the agreement</h1>
        <h2 id="agreement-title" className="visually-hidden">
          {agreement.name}
        </h2>
        <AgreementText agreement={agreement} />
        <p className="recap">
          Total <strong>{money(totals.total)}</strong>
          {totals.deposit_due > 0 && (
            <>
              {" "}
              · Deposit due now <strong>{money(totals.deposit_due)}</strong>
            </>
          )}
        </p>
        <ShipToPicker />
      </section>
      <form className="card sign-form" aria-labelledby="sign-title" onSubmit={submit} noValidate>
        {errors.length > 0 && (
          <div id={ids.errors} className="error-summary" role="alert">
            <p>Please check the following:</p>
            <ul>
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.name}>Full name</label>
          <input
            id={ids.name}
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={200}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.email}>Email</label>
          <input
            id={ids.email}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
            maxLength={320}
          />
        </div>
        <fieldset className="field">
          <legend>Signature</legend>
          <p id={ids.pad} className="hint">
            Draw with your mouse, finger or pen, or put your typed name on the pad.
          </p>
          <SignatureField ref={pad} typedName={name} invalid={padMissing} describedBy={ids.pad} />
        </fieldset>
        <div className="consent">
          <input
            id={ids.consent}
            type="checkbox"
            checked={consent}
            onChange={(event) => setConsent(event.target.checked)}
          />
          <label htmlFor={ids.consent}>{agreement.consent_text}</label>
        </div>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? "Signing…" : "Sign & Agree"}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => navigate(`/q/${encodeURIComponent(token)}`)}
          >
            Back to the quote
          </button>
        </div>
      </form>
    </>
  )
}
