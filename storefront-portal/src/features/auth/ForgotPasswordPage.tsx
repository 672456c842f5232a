import { EmailField, SubmitButton } from "../../components/TextField"
import { useState, type FormEvent } from "react"
import { Link, useSearchParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { describeError } from "../../lib/api"
import { useT } from "../../lib/i18n"
import { AuthPage } from "./AuthPage"
import { Sentence } from "../../components/Sentence"
import { requestPasswordReset } from "../../app/session"

/** Asks for a reset email; says the same whether or not the address has a login. */
export default function ForgotPasswordPage() {
  const t = useT("auth")
  const tc = useT("common")
  const [params] = useSearchParams()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [errors, setErrors] = useState<string[]>([])
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setErrors([t("forgot.enter_email")])
      return
    }
    setErrors([])
    setBusy(true)
    try {
      await requestPasswordReset(email.trim())
      setSentTo(email.trim())
    } catch (error) {
      setErrors([describeError(tc, error)])
    } finally {
      setBusy(false)
    }
  }

  if (sentTo) {
    return (
      <AuthPage title={t("forgot.sent_title")}>
        <p role="status">
          <Sentence text={t("forgot.sent_text")} parts={{ email: <strong>{sentTo}</strong> }} />
        </p>
        <p className="auth-links">
          <Link to="/sign-in">{t("forgot.back_to_sign_in")}</Link>
        </p>
      </AuthPage>
    )
  }
  return (
    <AuthPage title={t("forgot.title")}>
      <p>{t("forgot.intro")}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <EmailField value={email} onValue={setEmail} />
        <SubmitButton busy={busy} busyLabel={t("forgot.sending")} label={t("forgot.submit")} />
      </form>
      <p className="auth-links">
        <Link to="/sign-in">{t("forgot.back_to_sign_in")}</Link>
      </p>
    </AuthPage>
  )
}
