import type { StorePortalInvitationResponse } from "@shared/http/companies"
import { CURRENT_PASSWORD, TextField, NameFields, SubmitButton } from "../../components/TextField"
import { useEffect, useState, type FormEvent } from "react"
import { Link, useNavigate, useParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { isNotFound } from "../../lib/api"
import { invitations } from "../../lib/data/invitations"
import { AuthPage } from "./AuthPage"
import { newPasswordProblems, PasswordFields } from "./PasswordFields"
import {
  adoptToken,
  confirmContact,
  describeAuthError,
  isUnauthorizedLogin,
} from "../../app/session"

type Dead = Exclude<StorePortalInvitationResponse["status"], "valid"> | "unknown"

/**
 * `/invite/:token` from the invitation email: the link is checked on load (a
 * used or dead one is said at once), then name and a new password, sent
 * to `POST /store/portal/invitations/accept`, whose answer is a login token.
 * Someone who already has a login for the email must give its password
 * instead (the server answers 401 otherwise), so the page then asks for that.
 */
export default function AcceptInvitationPage() {
  const { token = "" } = useParams()
  const navigate = useNavigate()
  const [firstName, setFirstName] = useState("")
  const [lastName, setLastName] = useState("")
  const [password, setPassword] = useState("")
  const [confirm, setConfirm] = useState("")
  const [existingLogin, setExistingLogin] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)
  const [check, setCheck] = useState<StorePortalInvitationResponse | "checking" | null>("checking")
  const [gone, setGone] = useState<Dead | null>(null)

  useEffect(() => {
    let current = true
    invitations
      .retrieve(token)
      .then((answer) => {
        if (!current) return
        setCheck(answer)
        if (answer.status !== "valid") setGone(answer.status)
      })
      // Unknown: dead; unreachable: the form, and submitting says what is wrong.
      .catch((error) => current && (isNotFound(error) ? setGone("unknown") : setCheck(null)))
    return () => {
      current = false
    }
  }, [token])

  if (gone) return <InvitationGone why={gone} />
  if (check === "checking") {
    return (
      <AuthPage title="Set up your portal login">
        <p className="loading" role="status">
          Checking your invitation…
        </p>
      </AuthPage>
    )
  }
  const email = check?.email

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found: string[] = []
    if (!firstName.trim()) found.push("Enter your first name.")
    if (!lastName.trim()) found.push("Enter your last name.")
    if (existingLogin) {
      if (!password) found.push("Enter the password of your existing login.")
    } else {
      found.push(...newPasswordProblems(password, confirm, email))
    }
    setErrors(found)
    if (found.length) return
    setBusy(true)
    try {
      const answer = await invitations.accept({
        token,
        password,
        first_name: firstName.trim(),
        last_name: lastName.trim(),
      })
      await adoptToken(answer.token)
      await confirmContact()
      navigate("/account?welcome=1", { replace: true })
    } catch (error) {
      setBusy(false)
      if (isNotFound(error)) setGone("unknown")
      else if (isUnauthorizedLogin(error) && !existingLogin) {
        setExistingLogin(true)
        setPassword("")
        setConfirm("")
        setErrors([
          "You already have a login with this email address. Enter its password to join, or reset it first.",
        ])
      } else if (isUnauthorizedLogin(error)) {
        setErrors(["That is not the password of your existing login."])
      } else setErrors([describeAuthError(error)])
    }
  }

  return (
    <AuthPage title="Set up your portal login">
      <p>
        {check?.company_name ? (
          <>
            <strong>{check.company_name}</strong> is waiting for you
            {email ? (
              <>
                {" "}
                as <strong>{email}</strong>
              </>
            ) : null}
            .{" "}
          </>
        ) : null}
        Tell us your name and choose a password. You will use them to sign in from now on.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <NameFields first={firstName} last={lastName} onFirst={setFirstName} onLast={setLastName} />
        {existingLogin ? (
          <TextField
            label="Password of your existing login"
            {...CURRENT_PASSWORD}
            value={password}
            onValue={setPassword}
            hint={
              <>
                Forgotten it? <Link to="/forgot-password">Reset it</Link>, then open this invitation
                again.
              </>
            }
          />
        ) : (
          <PasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            label="Password"
            email={email}
            showErrors={errors.length > 0}
          />
        )}
        <SubmitButton busy={busy} busyLabel="Setting up…" label="Join the portal" />
      </form>
    </AuthPage>
  )
}

const GONE: Record<Dead, { title: string; text: string }> = {
  used: {
    title: "This invitation has already been used",
    text: "Sign in with the email and password you chose. Forgotten the password? Reset it from the sign-in page.",
  },
  expired: {
    title: "This invitation has expired",
    text: "Invitations expire after a while. Ask the person who invited you to send a new one.",
  },
  revoked: {
    title: "This invitation is no longer valid",
    text: "It was withdrawn or replaced by a newer one. Use the latest invitation email, or ask the person who invited you to send a new one.",
  },
  unknown: {
    title: "This invitation is no longer valid",
    text: "Invitations work once and expire after a while. If you have already set your password, sign in. Otherwise ask the person who invited you to send a new invitation.",
  },
}

/** A used, expired, withdrawn or unknown invitation, said as soon as the page opens. */
function InvitationGone({ why }: { why: Dead }) {
  return (
    <AuthPage title={GONE[why].title}>
      <p>{GONE[why].text}</p>
      <div className="button-row">
        <Link className="button primary" to="/sign-in">
          Sign in
        </Link>
      </div>
    </AuthPage>
  )
}
