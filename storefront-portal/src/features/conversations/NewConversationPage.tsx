import {
  MAX_CONVERSATION_MESSAGE_LENGTH,
  MAX_CONVERSATION_SUBJECT_LENGTH,
} from "@shared/conversations"
import { useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useId, useState } from "react"
import { Link, useNavigate } from "react-router"
import { activeCompanyOf, mayStartConversations, mayWriteConversations } from "../../app/access"
import { ErrorSummary } from "../../components/ErrorSummary"
import { useTitle } from "../../components/Layout"
import { TextField } from "../../components/TextField"
import { useStartConversation } from "../../lib/data/conversations"
import { meKeys, useMe } from "../../lib/data/me"
import { useT } from "../../lib/i18n"
import { isForbidden } from "../../lib/member-api"
import { useAction } from "../../lib/use-action"

/**
 * `/account/conversations/new`: a subject and the first message. Only for a contact who may
 * write, while the merchant lets clients start threads; else the page says why. Checked here
 * for what the contact can fix at once; the server checks it all again.
 */
export function NewConversationPage() {
  const t = useT("conversations")
  const { data: me } = useMe()
  useTitle(t("form.title"))
  if (me && !mayStartConversations(me)) {
    return (
      <section className="card" aria-labelledby="new-conversation-title">
        <h1 id="new-conversation-title">{t("form.title")}</h1>
        <p>
          {mayWriteConversations(me)
            ? t("form.off", { merchant: me.branding.name })
            : t("form.denied", { company: activeCompanyOf(me)?.name ?? "" })}
        </p>
        <p>
          <Link to="/account/conversations">{t("form.cancel")}</Link>
        </p>
      </section>
    )
  }
  return <NewConversationForm merchant={me?.branding.name ?? ""} />
}

function NewConversationForm({ merchant }: { merchant: string }) {
  const t = useT("conversations")
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const messageId = useId()
  const messageHintId = useId()
  const errorsId = useId()
  const [subject, setSubject] = useState("")
  const [message, setMessage] = useState("")
  const [problems, setProblems] = useState<string[]>([])
  const start = useStartConversation()
  const action = useAction()

  const check = () => {
    const found: string[] = []
    if (!subject.trim()) found.push(t("form.missing_subject"))
    else if (subject.trim().length > MAX_CONVERSATION_SUBJECT_LENGTH)
      found.push(t("form.subject_too_long", { max: MAX_CONVERSATION_SUBJECT_LENGTH }))
    if (!message.trim()) found.push(t("form.missing_message"))
    else if (message.trim().length > MAX_CONVERSATION_MESSAGE_LENGTH)
      found.push(t("form.message_too_long", { max: MAX_CONVERSATION_MESSAGE_LENGTH }))
    return found
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = check()
    setProblems(found)
    if (found.length) return
    void action.run(
      async () => {
        const { conversation } = await start.mutateAsync({
          subject: subject.trim(),
          body: message.trim(),
        })
        navigate(`/account/conversations/${conversation.id}`)
      },
      // The merchant stopped clients starting threads meanwhile (or the contact's teams
      // changed): the server said why; the frame and the list follow what is allowed now.
      (caught) => {
        if (isForbidden(caught)) void queryClient.invalidateQueries({ queryKey: meKeys.all })
      }
    )
  }

  return (
    <>
      <p className="back-link">
        <Link to="/account/conversations">{t("form.cancel")}</Link>
      </p>
      <section className="card" aria-labelledby="new-conversation-title">
        <h1 id="new-conversation-title">{t("form.title")}</h1>
        <p className="hint">{t("form.intro", { merchant })}</p>
        <form
          className="conversation-form"
          onSubmit={submit}
          noValidate
          aria-describedby={problems.length ? errorsId : undefined}
        >
          <ErrorSummary id={errorsId} errors={problems} />
          <TextField
            label={t("form.subject")}
            value={subject}
            onValue={setSubject}
            maxLength={MAX_CONVERSATION_SUBJECT_LENGTH}
            required
          />
          <div className="field">
            <label htmlFor={messageId}>{t("form.message")}</label>
            <textarea
              id={messageId}
              rows={6}
              value={message}
              onChange={(event) => setMessage(event.target.value)}
              maxLength={MAX_CONVERSATION_MESSAGE_LENGTH}
              aria-describedby={messageHintId}
              required
            />
            <p id={messageHintId} className="hint">
              {t("form.message_hint", { max: MAX_CONVERSATION_MESSAGE_LENGTH })}
            </p>
          </div>
          {action.error && (
            <p className="error" role="alert">
              {action.error}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button primary"
              disabled={action.busy}
              aria-busy={action.busy}
            >
              {action.busy ? t("form.submitting") : t("form.submit")}
            </button>
          </div>
        </form>
      </section>
    </>
  )
}
