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
import { useT } from "../../lib/i18n"
import { slot, withElements } from "./sentence"

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
  const t = useT("quote")
  const tc = useT("common")
  useTitle(t("sign.title", { number: quote.number }))
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
    if (name.trim().length < 2) found.push(t("sign.name_missing"))
    if (!signer && !EMAIL.test(email.trim())) found.push(t("sign.email_invalid"))
    if (pad.current?.isEmpty() ?? true) found.push(t("sign.signature_missing"))
    if (!consent) found.push(t("sign.consent_missing"))
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
        const order = fresh.quote.order
        announceResult(
          order
            ? t("sign.done_order", { number: quote.number, order: order.display_id })
            : t("sign.done", { number: quote.number })
        )
        navigate(home, { replace: true })
      },
      async (caught) => {
        if (isConflict(caught)) await reload()
      }
    )
  }

  const errors = error ? [...invalid, error] : invalid
  const padMissing = invalid.includes(t("sign.signature_missing"))
  return (
    <>
      <section className="card" aria-labelledby="agreement-title">
        <p className="eyebrow">
          {t("sign.eyebrow", { number: quote.number, agreement: agreement.name })}
        </p>
        <h1 id="sign-title">{t("sign.heading")}</h1>
        <h2 id="agreement-title" className="visually-hidden">
          {agreement.name}
        </h2>
        <AgreementText agreement={agreement} />
        <p className="recap">
          {withElements(
            totals.deposit_due > 0
              ? t("sign.total_deposit", { amount: slot("amount"), deposit: slot("deposit") })
              : t("sign.total", { amount: slot("amount") }),
            {
              amount: <strong>{money(totals.total)}</strong>,
              deposit: <strong>{money(totals.deposit_due)}</strong>,
            }
          )}
        </p>
        <ShipToPicker />
      </section>
      <form className="card sign-form" aria-labelledby="sign-title" onSubmit={submit} noValidate>
        <ErrorSummary id={ids.errors} errors={errors} />
        <TextField
          label={t("sign.full_name")}
          autoComplete="name"
          value={name}
          onValue={setName}
          required
          maxLength={200}
        />
        {signer ? (
          <p>
            {withElements(t("sign.signing_as", { email: slot("email") }), {
              email: <strong>{signer.email}</strong>,
            })}
          </p>
        ) : (
          <TextField
            label={tc("fields.email")}
            type="email"
            autoComplete="email"
            value={email}
            onValue={setEmail}
            required
            maxLength={320}
          />
        )}
        <fieldset className="field">
          <legend>{t("sign.signature")}</legend>
          <p id={ids.pad} className="hint">
            {t("sign.pad_hint")}
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
            {busy ? t("sign.signing") : t("sign.submit")}
          </button>
          <button type="button" className="button" onClick={() => navigate(home)}>
            {t("sign.back")}
          </button>
        </div>
      </form>
    </>
  )
}
