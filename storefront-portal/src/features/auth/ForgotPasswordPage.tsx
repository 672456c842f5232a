import { EmailField, SubmitButton } from "../../components/TextField"
import { useState, type FormEvent } from "react"
import { Link, useSearchParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { describeError } from "../../lib/api"
import { AuthPage } from "./AuthPage"
import { requestPasswordReset } from "../../app/session"

/** Asks for a reset email; says the same whether or not the address has a login. */
export default function ForgotPasswordPage() {
  const [params] = useSearchParams()
  const [email, setEmail] = useState(params.get("email") ?? "")
  const [errors, setErrors] = useState<string[]>([])
  const [sentTo, setSentTo] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setErrors(["Enter the email address you sign in with."])
      return
    }
    setErrors([])
    setBusy(true)
    try {
      await requestPasswordReset(email.trim())
      setSentTo(email.trim())
    } catch (error) {
      setErrors([describeError(error)])
    } finally {
      setBusy(false)
    }
  }

  if (sentTo) {
    return (
      <AuthPage title="Check your email">
        <p role="status">
          If <strong>{sentTo}</strong> has a portal login, we have sent it a link to choose a new
          password. The link works once, for 15 minutes.
        </p>
        <p className="auth-links">
          <Link to="/sign-in">Back to sign in</Link>
        </p>
      </AuthPage>
    )
  }
  return (
    <AuthPage title="Forgot your password?">
      <p>Enter the email address you sign in with. We will email you a link to set a new one.</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <EmailField value={email} onValue={setEmail} />
        <SubmitButton busy={busy} busyLabel="Sending…" label="Email me a link" />
      </form>
      <p className="auth-links">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </AuthPage>
  )
}
