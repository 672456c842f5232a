import { SubmitButton } from "../../components/TextField"
import { useEffect, useState, type FormEvent } from "react"
import { Link, useNavigate, useSearchParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { useT } from "../../lib/i18n"
import { AuthPage } from "./AuthPage"
import { newPasswordProblems, PasswordFields } from "./PasswordFields"
import { Sentence } from "../../components/Sentence"
import {
  describeAuthError,
  isUnauthorizedLogin,
  setPasswordWithResetToken,
  signIn,
} from "../../app/session"

/**
 * `/reset-password?token=…&email=…` from the reset email. The token is read
 * once and taken out of the address bar (and so out of the history); the new
 * password goes to Medusa with it, then the contact is signed in.
 */
export default function ResetPasswordPage() {
  const t = useT("auth")
  const tc = useT("common")
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const [link] = useState(() => ({ token: params.get("token"), email: params.get("email") }))
  const [password, setPassword] = useState("")
  const [confirm, setConfirm] = useState("")
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [used, setUsed] = useState(false)

  useEffect(() => {
    if (params.has("token")) navigate("/reset-password", { replace: true })
  }, [params, navigate])

  if (!link.token || used) {
    return (
      <AuthPage title={t("reset.dead_title")}>
        <p>{t("reset.dead_text")}</p>
        <div className="button-row">
          <Link className="button primary" to="/forgot-password">
            {t("reset.new_link")}
          </Link>
          <Link className="button" to="/sign-in">
            {t("reset.sign_in")}
          </Link>
        </div>
      </AuthPage>
    )
  }

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found = newPasswordProblems(t, password, confirm, link.email)
    setErrors(found)
    if (found.length) return
    setBusy(true)
    try {
      await setPasswordWithResetToken(link.token!, password)
    } catch (error) {
      setBusy(false)
      if (isUnauthorizedLogin(error)) setUsed(true)
      else setErrors([describeAuthError(tc, error)])
      return
    }
    try {
      if (link.email) {
        await signIn(link.email, password)
        navigate("/account", { replace: true })
        return
      }
    } catch {
      // The password is set; signing in by hand is the way on.
    }
    navigate("/sign-in?reset=done", { replace: true })
  }

  return (
    <AuthPage title={t("reset.title")}>
      {link.email && (
        <p>
          <Sentence text={t("reset.for_email")} parts={{ email: <strong>{link.email}</strong> }} />
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <PasswordFields
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          email={link.email}
          showErrors={errors.length > 0}
        />
        <SubmitButton busy={busy} busyLabel={t("reset.saving")} label={t("reset.submit")} />
      </form>
    </AuthPage>
  )
}
