import { TextField } from "../../components/TextField"
import { useId, useRef, useState, type FormEvent } from "react"
import { Navigate, useNavigate } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { AgreementText } from "./components/AgreementText"
import { ShipToPicker } from "./components/ShippingAddress"
import { SignatureField, type SignatureFieldHandle } from "./components/SignatureField"
import { isConflict } from "../../lib/api"
import { formatMoney } from "../../lib/format"
import { useQuote } from "./quote-context"
import { useAction } from "../../lib/use-action"
import { useTitle } from "../../components/Layout"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The signature step: the agreement for the buyer's selection, then name, email, pad, consent. */
export default function SignPage() {
  const {
    api,
    home,
    view,
    selected,
    totals,
    replaceView,
    reload,
    chosenAddressId,
    announceResult,
  } = useQuote()
  const { quote, agreement } = view
  useTitle(`Sign quote ${quote.number}`)
  const navigate = useNavigate()
  const customer = quote.customer
  // A signed-in contact signs as their login: name filled in, email fixed.
  const signer = view.signer
  const [name, setName] = useState(
    signer?.name ?? [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  )
  const [email, setEmail] = useState(signer?.email ?? customer?.email ?? "")
  const [consent, setConsent] = useState(false)
  const [invalid, setInvalid] = useState<string[]>([])
  const { run, busy, error } = useAction()
  const pad = useRef<SignatureFieldHandle>(null)
  const ids = { consent: useId(), errors: useId(), pad: useId() }

  if (!quote.can_respond || !quote.requires_signature || !agreement) {
    return <Navigate to={home} replace />
  }
  const money = (amount: number) => formatMoney(amount, quote.currency_code)

  function problems(): string[] {
    const found: string[] = []
    if (name.trim().length < 2) found.push("Type your full name.")
    if (!signer && !EMAIL.test(email.trim())) found.push("Enter a valid email address.")
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
        await api.sign({
          selected_item_ids: selected,
          shipping_address_id: chosenAddressId,
          signer_name: name.trim(),
          signer_email: signer ? undefined : email.trim(),
          signature: pad.current!.toDataURL(),
          consent: true,
        })
        const fresh = await api.view()
        replaceView(fresh)
        announceResult(
          `Quote ${quote.number} is signed and accepted.` +
            (fresh.quote.order ? ` Your order number is ${fresh.quote.order.display_id}.` : "")
        )
        navigate(home, { replace: true })
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
        <ErrorSummary id={ids.errors} errors={errors} />
        <TextField
          label="Full name"
          autoComplete="name"
          value={name}
          onValue={setName}
          required
          maxLength={200}
        />
        {signer ? (
          <p>
            You sign as <strong>{signer.email}</strong>, the login you are signed in with.
          </p>
        ) : (
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            value={email}
            onValue={setEmail}
            required
            maxLength={320}
          />
        )}
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
          <button type="button" className="button" onClick={() => navigate(home)}>
            Back to the quote
          </button>
        </div>
      </form>
    </>
  )
}
