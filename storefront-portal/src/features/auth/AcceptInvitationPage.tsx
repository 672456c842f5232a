import type { StorePortalInvitationResponse } from "@shared/http/companies"
import { CURRENT_PASSWORD, TextField, NameFields, SubmitButton } from "../../components/TextField"
import { useEffect, useState, type FormEvent } from "react"
import { Link, useNavigate, useParams } from "react-router"
import { ErrorSummary } from "../../components/ErrorSummary"
import { isNotFound } from "../../lib/api"
import { invitations } from "../../lib/data/invitations"
import { useT } from "../../lib/i18n"
import { AuthPage } from "./AuthPage"
import { newPasswordProblems, PasswordFields } from "./PasswordFields"
import { Sentence } from "../../components/Sentence"
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
  const t = useT("auth")
  const tc = useT("common")
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
      <AuthPage title={t("invitation.title")}>
        <p className="loading" role="status">
          {t("invitation.checking")}
        </p>
      </AuthPage>
    )
  }
  const email = check?.email

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const found: string[] = []
    if (!firstName.trim()) found.push(t("invitation.enter_first_name"))
    if (!lastName.trim()) found.push(t("invitation.enter_last_name"))
    if (existingLogin) {
      if (!password) found.push(t("invitation.enter_existing_password"))
    } else {
      found.push(...newPasswordProblems(t, password, confirm, email))
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
        setErrors([t("invitation.existing_login")])
      } else if (isUnauthorizedLogin(error)) {
        setErrors([t("invitation.wrong_existing_password")])
      } else setErrors([describeAuthError(tc, error)])
    }
  }

  return (
    <AuthPage title={t("invitation.title")}>
      <p>
        {check?.company_name ? (
          <>
            <Sentence
              text={t(email ? "invitation.waiting_as" : "invitation.waiting")}
              parts={{
                company: <strong>{check.company_name}</strong>,
                email: <strong>{email}</strong>,
              }}
            />{" "}
          </>
        ) : null}
        {t("invitation.intro")}
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} />
        <NameFields first={firstName} last={lastName} onFirst={setFirstName} onLast={setLastName} />
        {existingLogin ? (
          <TextField
            label={t("invitation.existing_password")}
            {...CURRENT_PASSWORD}
            value={password}
            onValue={setPassword}
            hint={
              <Sentence
                text={t("invitation.existing_hint")}
                parts={{ reset: <Link to="/forgot-password">{t("invitation.reset_it")}</Link> }}
              />
            }
          />
        ) : (
          <PasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            label={t("invitation.password")}
            email={email}
            showErrors={errors.length > 0}
          />
        )}
        <SubmitButton
          busy={busy}
          busyLabel={t("invitation.submitting")}
          label={t("invitation.submit")}
        />
      </form>
    </AuthPage>
  )
}

/** A used, expired, withdrawn or unknown invitation, said as soon as the page opens. */
function InvitationGone({ why }: { why: Dead }) {
  const t = useT("auth")
  return (
    <AuthPage title={t(`invitation.${why}_title`)}>
      <p>{t(`invitation.${why}_text`)}</p>
      <div className="button-row">
        <Link className="button primary" to="/sign-in">
          {t("invitation.sign_in")}
        </Link>
      </div>
    </AuthPage>
  )
}
