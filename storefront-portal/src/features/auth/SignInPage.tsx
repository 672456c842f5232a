import { CURRENT_PASSWORD, TextField, EmailField, SubmitButton } from "../../components/TextField"
import { useState, type FormEvent } from "react"
import { Link, useNavigate, useSearchParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { useT } from "../../lib/i18n"
import { AuthPage } from "./AuthPage"
import { describeAuthError, isUnauthorizedLogin, safeNext, signIn } from "../../app/session"

/** Email and password; afterwards the page the contact wanted (`?next=`), else /account. */
export default function SignInPage() {
  const t = useT("auth")
  const tc = useT("common")
  const [params] = useSearchParams()
  const next = safeNext(params.get("next"))
  const navigate = useNavigate()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [password, setPassword] = useState("")
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found = []
    if (!email.trim()) found.push(t("sign_in.enter_email"))
    if (!password) found.push(t("sign_in.enter_password"))
    setErrors(found)
    if (found.length) return
    setBusy(true)
    try {
      await signIn(email.trim(), password)
      navigate(next, { replace: true })
    } catch (error) {
      setErrors([isUnauthorizedLogin(error) ? t("sign_in.no_match") : describeAuthError(tc, error)])
      setBusy(false)
    }
  }

  return (
    <AuthPage title={t("sign_in.title")}>
      {params.get("reason") === "expired" && (
        <p className="notice" role="status">
          {t("sign_in.session_ended")}
        </p>
      )}
      {params.get("reset") === "done" && (
        <p className="notice" role="status">
          {t("sign_in.reset_done")}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <EmailField value={email} onValue={setEmail} />
        <TextField
          label={t("sign_in.password")}
          {...CURRENT_PASSWORD}
          value={password}
          onValue={setPassword}
        />
        <SubmitButton busy={busy} busyLabel={t("sign_in.submitting")} label={t("sign_in.submit")} />
      </form>
      <p className="auth-links">
        <Link to={`/forgot-password${email ? `?email=${encodeURIComponent(email)}` : ""}`}>
          {t("sign_in.forgot")}
        </Link>
      </p>
    </AuthPage>
  )
}
