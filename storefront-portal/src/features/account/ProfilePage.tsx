import type { StorePortalMe, StoreUpdatePortalMeBody } from "@shared/http/me"
import { TextField, NameFields, SubmitButton } from "../../components/TextField"
import { CONTACT_EMAIL_KIND_KEYS } from "@shared/contact-emails"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useId, useRef, useState, type FormEvent } from "react"
import { ErrorSummary } from "../../components/ErrorSummary"
import { useTitle } from "../../components/Layout"
import { describeError } from "../../lib/api"
import { loadCatalog, pageLanguage, portalLanguages, useT } from "../../lib/i18n"
import { me as meApi, meKeys, useMe } from "../../lib/data/me"
import { useAction } from "../../lib/use-action"
import { requestPasswordReset } from "../../app/session"

type Preferences = StorePortalMe["preferences"]

/**
 * The contact's own profile (`POST /store/portal/me`): name and phone, the language
 * of their pages and emails, which emails they get and marketing consent, a new
 * password through Medusa's reset email, and the companies and teams they belong
 * to (read-only).
 */
export function ProfilePage() {
  const t = useT("account")
  const tc = useT("common")
  const { data: me } = useMe()
  useTitle(tc("account.profile"))
  if (!me) return null
  return (
    <>
      <h1 className="page-title">{t("profile.title")}</h1>
      <DetailsForm me={me} />
      <LanguageForm me={me} />
      <EmailSwitches me={me} />
      <PasswordCard email={me.contact.email} />
      <Memberships me={me} />
    </>
  )
}

function DetailsForm({ me }: { me: StorePortalMe }) {
  const t = useT("account")
  const tc = useT("common")
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
    onError: (error) => setErrors([describeError(tc, error)]),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    const found: string[] = []
    if (!firstName.trim()) found.push(t("profile.details.enter_first_name"))
    if (!lastName.trim()) found.push(t("profile.details.enter_last_name"))
    if (phone.trim() && !/^\+?[0-9][0-9 ()./-]{2,39}$/.test(phone.trim())) {
      found.push(t("profile.details.phone_invalid"))
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
      <h2 id="details-title">{t("profile.details.title")}</h2>
      <ErrorSummary errors={errors} />
      <NameFields first={firstName} last={lastName} onFirst={setFirstName} onLast={setLastName} />
      <TextField
        label={t("profile.details.phone")}
        type="tel"
        autoComplete="tel"
        value={phone}
        onValue={setPhone}
        maxLength={40}
      />
      <TextField
        label={tc("fields.email")}
        type="email"
        value={me.contact.email}
        readOnly
        hint={t("profile.details.email_hint")}
      />
      <SubmitButton
        busy={save.isPending}
        busyLabel={t("profile.details.saving")}
        label={t("profile.details.submit")}
      />
      <p role="status" className="saved">
        {saved ? t("profile.details.saved") : ""}
      </p>
    </form>
  )
}

/** "Deutsch", "français", "English": each language named in itself, as its readers look for it. */
const ownName = (code: string) => {
  try {
    return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code
  } catch {
    return code
  }
}

/**
 * The language of the contact's pages and emails: their own choice, or automatic (their
 * company's, else their browser's; `language: null`). Saved with its own button, like the
 * details. The answer is the contact as they now are: once the new language's words are
 * loaded, it goes into the cache, and the account's frame (AccountLayout reads
 * `me.language`) shows every page in it at once.
 */
function LanguageForm({ me }: { me: StorePortalMe }) {
  const t = useT("account")
  const tc = useT("common")
  const queryClient = useQueryClient()
  const selectId = useId()
  const hintId = useId()
  const [language, setLanguage] = useState(me.preferences.language ?? "")
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const save = useMutation({
    mutationFn: meApi.update,
    onSuccess: async (fresh) => {
      // The words first, so the page changes language without a loading screen between.
      const shown = pageLanguage(fresh.language)
      await Promise.all([loadCatalog(shown, "common"), loadCatalog(shown, "account")]).catch(
        () => undefined
      )
      queryClient.setQueryData(meKeys.all, fresh)
      setSaved(true)
    },
    onError: (caught) => setError(describeError(tc, caught)),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (save.isPending) return
    setSaved(false)
    setError(null)
    save.mutate({ language: language || null })
  }

  return (
    <form className="card" aria-labelledby="language-title" onSubmit={submit} noValidate>
      <h2 id="language-title">{t("profile.language.title")}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t("profile.language.label")}</label>
        <select
          id={selectId}
          value={language}
          onChange={(event) => {
            setLanguage(event.target.value)
            setSaved(false)
          }}
          aria-describedby={hintId}
        >
          <option value="">{t("profile.language.automatic")}</option>
          {portalLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {ownName(code)}
            </option>
          ))}
        </select>
        <p id={hintId} className="hint">
          {t("profile.language.hint")}
        </p>
      </div>
      <SubmitButton
        busy={save.isPending}
        busyLabel={t("profile.language.saving")}
        label={t("profile.language.submit")}
      />
      <p role="status" className={error ? "error" : "saved"}>
        {error ?? (saved ? t("profile.language.saved") : "")}
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
  const t = useT("account")
  const tc = useT("common")
  const queryClient = useQueryClient()
  const [pending, setPending] = useState<Preferences | null>(null)
  const inFlight = useRef(0)
  const [error, setError] = useState<string | null>(null)
  const marketingId = useId()
  const change = useMutation({
    mutationFn: meApi.update,
    onSuccess: (fresh) => queryClient.setQueryData(meKeys.all, fresh),
    onError: (caught) => setError(describeError(tc, caught)),
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
      <h2 id="emails-title">{t("profile.emails.title")}</h2>
      <fieldset className="field switches">
        <legend>{t("profile.emails.legend")}</legend>
        {CONTACT_EMAIL_KIND_KEYS.map((kind) => (
          <Switch
            key={kind}
            label={t(`profile.emails.kinds.${kind}`)}
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
        <label htmlFor={marketingId}>{t("profile.emails.marketing")}</label>
      </div>
      <p role="status" className={error ? "error" : "saved"}>
        {error ?? (change.isSuccess && !pending ? t("profile.emails.saved") : "")}
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
  const t = useT("account")
  const { run, busy, error } = useAction()
  const [sent, setSent] = useState(false)
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t("profile.password.title")}</h2>
      <p>{t("profile.password.text")}</p>
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
          {busy ? t("profile.password.sending") : t("profile.password.submit")}
        </button>
      </div>
      <p role="status">{sent ? t("profile.password.sent", { email }) : ""}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  )
}

function Memberships({ me }: { me: StorePortalMe }) {
  const t = useT("account")
  return (
    <section className="card" aria-labelledby="memberships-title">
      <h2 id="memberships-title">{t("profile.memberships.title")}</h2>
      <p className="hint">{t("profile.memberships.hint")}</p>
      <ul className="memberships">
        {me.companies.map((company) => (
          <li key={company.id}>
            <strong>{company.name}</strong>
            {company.id === me.active_company_id && (
              <span className="badge">{t("profile.memberships.active")}</span>
            )}
            <p className="hint">
              {company.teams.length
                ? t("profile.memberships.teams", {
                    teams: company.teams.map((team) => team.name).join(", "),
                  })
                : t("profile.memberships.no_team")}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
