import { CURRENT_PASSWORD, TextField, EmailField, SubmitButton } from "../../components/TextField"
import { useState, type FormEvent } from "react"
import { Link, useNavigate, useSearchParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { AuthPage } from "./AuthPage"
import { describeAuthError, isUnauthorizedLogin, safeNext, signIn } from "../../app/session"

/** Email and password; afterwards the page the contact wanted (`?next=`), else /account. */
export default function SignInPage() {
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
    if (!email.trim()) found.push("Enter your email address.")
    if (!password) found.push("Enter your password.")
    setErrors(found)
    if (found.length) return
    setBusy(true)
    try {
      await signIn(email.trim(), password)
      navigate(next, { replace: true })
    } catch (error) {
      setErrors([
        isUnauthorizedLogin(error)
          ? "That email and password do not match a login."
          : describeAuthError(error),
      ])
      setBusy(false)
    }
  }

  return (
    <AuthPage title="Sign in">
      {params.get("reason") === "expired" && (
        <p className="notice" role="status">
          Your session ended. Sign in again to continue.
        </p>
      )}
      {params.get("reset") === "done" && (
        <p className="notice" role="status">
          Your new password is set. Sign in with it.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <EmailField value={email} onValue={setEmail} />
        <TextField label="Password" {...CURRENT_PASSWORD} value={password} onValue={setPassword} />
        <SubmitButton busy={busy} busyLabel="Signing in…" label="Sign in" />
      </form>
      <p className="auth-links">
        <Link to={`/forgot-password${email ? `?email=${encodeURIComponent(email)}` : ""}`}>
          Forgot your password?
        </Link>
      </p>
    </AuthPage>
  )
}
