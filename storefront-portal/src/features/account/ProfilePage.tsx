import type { StorePortalMe, StoreUpdatePortalMeBody } from "@shared/http/me"
import { TextField, NameFields, SubmitButton } from "../../components/TextField"
import { CONTACT_EMAIL_KINDS, CONTACT_EMAIL_KIND_KEYS } from "@shared/contact-emails"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useId, useRef, useState, type FormEvent } from "react"
import { ErrorSummary } from "../../components/ErrorSummary"
import { useTitle } from "../../components/Layout"
import { describeError } from "../../lib/api"
import { me as meApi, meKeys, useMe } from "../../lib/data/me"
import { useAction } from "../../lib/use-action"
import { requestPasswordReset } from "../../app/session"

type Preferences = StorePortalMe["preferences"]

/**
 * The contact's own profile (`POST /store/portal/me`): name and phone, which
 * emails they get and marketing consent, a new password through Medusa's reset
 * email, and the companies and teams they belong to (read-only).
 */
export function ProfilePage() {
  const { data: me } = useMe()
  useTitle("Profile")
  if (!me) return null
  return (
    <>
      <h1 className="page-title">Your profile</h1>
      <DetailsForm me={me} />
      <EmailSwitches me={me} />
      <PasswordCard email={me.contact.email} />
      <Memberships me={me} />
    </>
  )
}

function DetailsForm({ me }: { me: StorePortalMe }) {
  const queryClient = useQueryClient()
  const [firstName, setFirstName] = useState(me.contact.first_name ?? "")
  const [lastName, setLastName] = useState(me.contact.last_name ?? "")
  const [phone, setPhone] = useState(me.contact.phone ?? "")
  const [errors, setErrors] = useState<string[]>([])
  const [saved, setSaved] = useState(false)
  const save = useMutation({
    mutationFn: meApi.update,
    onSuccess: (fresh) => {
      queryClient.setQueryData(meKeys.all, fresh)
      setSaved(true)
    },
    onError: (error) => setErrors([describeError(error)]),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    const found: string[] = []
    if (!firstName.trim()) found.push("Enter your first name.")
    if (!lastName.trim()) found.push("Enter your last name.")
    if (phone.trim() && !/^\+?[0-9][0-9 ()./-]{2,39}$/.test(phone.trim())) {
      found.push("Phone: digits, spaces and + ( ) . / - only.")
    }
    setErrors(found)
    if (found.length || save.isPending) return
    save.mutate({
      first_name: firstName.trim(),
      last_name: lastName.trim(),
      phone: phone.trim() || null,
    })
  }

  return (
    <form className="card" aria-labelledby="details-title" onSubmit={submit} noValidate>
      <h2 id="details-title">Your details</h2>
      <ErrorSummary errors={errors} />
      <NameFields first={firstName} last={lastName} onFirst={setFirstName} onLast={setLastName} />
      <TextField
        label="Phone"
        type="tel"
        autoComplete="tel"
        value={phone}
        onValue={setPhone}
        maxLength={40}
      />
      <TextField
        label="Email"
        type="email"
        value={me.contact.email}
        readOnly
        hint="Your login. Ask the merchant to change it."
      />
      <SubmitButton busy={save.isPending} busyLabel="Saving…" label="Save details" />
      <p role="status" className="saved">
        {saved ? "Your details are saved." : ""}
      </p>
    </form>
  )
}

/**
 * One switch per kind of email and marketing consent. A click shows at once
 * (optimistic, held here until the server answers: a controlled checkbox fed
 * only by the cache would snap back for a moment); the server's answer
 * replaces it, a failure puts the old state back and says so.
 */
function EmailSwitches({ me }: { me: StorePortalMe }) {
  const queryClient = useQueryClient()
  const [pending, setPending] = useState<Preferences | null>(null)
  const inFlight = useRef(0)
  const [error, setError] = useState<string | null>(null)
  const marketingId = useId()
  const change = useMutation({
    mutationFn: meApi.update,
    onSuccess: (fresh) => queryClient.setQueryData(meKeys.all, fresh),
    onError: (caught) => setError(describeError(caught)),
    // Only the last of several quick clicks lets the server's state show again.
    onSettled: () => {
      if (--inFlight.current === 0) setPending(null)
    },
  })
  const shown = pending ?? me.preferences

  const toggle = (changes: StoreUpdatePortalMeBody) => {
    setError(null)
    setPending({
      ...shown,
      marketing_opt_in: changes.marketing_opt_in ?? shown.marketing_opt_in,
      emails: { ...shown.emails, ...changes.emails },
    })
    inFlight.current++
    change.mutate(changes)
  }

  return (
    <section className="card" aria-labelledby="emails-title">
      <h2 id="emails-title">Emails</h2>
      <fieldset className="field switches">
        <legend>Email me when</legend>
        {CONTACT_EMAIL_KIND_KEYS.map((kind) => (
          <Switch
            key={kind}
            label={CONTACT_EMAIL_KINDS[kind].label}
            checked={shown.emails[kind]}
            onChange={(on) => toggle({ emails: { [kind]: on } })}
          />
        ))}
      </fieldset>
      <div className="consent">
        <input
          id={marketingId}
          type="checkbox"
          checked={shown.marketing_opt_in}
          onChange={(event) => toggle({ marketing_opt_in: event.target.checked })}
        />
        <label htmlFor={marketingId}>Send me news and offers (marketing emails)</label>
      </div>
      <p role="status" className={error ? "error" : "saved"}>
        {error ?? (change.isSuccess && !pending ? "Saved." : "")}
      </p>
    </section>
  )
}

function Switch(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  const id = useId()
  return (
    <div className="consent">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  )
}

/**
 * Medusa 2.21 changes a customer's password only with a reset token
 * (`/auth/customer/emailpass/update` refuses a login's own token), so a
 * signed-in contact gets the same single-use link by email
 * (docs/ARCHITECTURE.md, "Storefront portal").
 */
function PasswordCard({ email }: { email: string }) {
  const { run, busy, error } = useAction()
  const [sent, setSent] = useState(false)
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <p>
        To change your password we email you a link to set a new one. It works once, for 15 minutes.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            run(async () => {
              await requestPasswordReset(email)
              setSent(true)
            })
          }
        >
          {busy ? "Sending…" : "Email me a password link"}
        </button>
      </div>
      <p role="status">{sent ? `We sent the link to ${email}.` : ""}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

function Memberships({ me }: { me: StorePortalMe }) {
  return (
    <section className="card" aria-labelledby="memberships-title">
      <h2 id="memberships-title">Companies and teams</h2>
      <p className="hint">The merchant manages these; ask them to change anything.</p>
      <ul className="memberships">
        {me.companies.map((company) => (
          <li key={company.id}>
            <strong>{company.name}</strong>
            {company.id === me.active_company_id && <span className="badge">Active</span>}
            <p className="hint">
              {company.teams.length
                ? `Teams: ${company.teams.map((team) => team.name).join(", ")}`
                : "No team yet"}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
