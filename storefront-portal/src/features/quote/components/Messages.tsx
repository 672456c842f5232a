import type { StorePortalQuoteMessage } from "@shared/http/quotes"
import { useEffect, useId, useState, type FormEvent } from "react"
import { formatDateTime } from "../../../lib/format"
import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"
import { useT } from "../../../lib/i18n"

const POLL_MS = 4000

/** The question thread with the merchant's staff; replies arrive without a reload. */
export function Messages() {
  const { api, view, may } = useQuote()
  const [messages, setMessages] = useState<StorePortalQuoteMessage[]>(view.quote.messages ?? [])
  const [draft, setDraft] = useState("")
  const { run, busy, error, setError } = useAction()
  const t = useT("quote")
  const fieldId = useId()

  useEffect(() => setMessages(view.quote.messages ?? []), [view])

  useEffect(() => {
    let stopped = false
    const poll = async () => {
      if (document.visibilityState !== "visible") return
      try {
        const answer = await api.messages()
        if (!stopped) setMessages(answer.messages)
      } catch {
        // A missed poll is retried at the next tick.
      }
    }
    const timer = setInterval(poll, POLL_MS)
    window.addEventListener("focus", poll)
    return () => {
      stopped = true
      clearInterval(timer)
      window.removeEventListener("focus", poll)
    }
  }, [api])

  async function send(event: FormEvent) {
    event.preventDefault()
    if (!draft.trim()) {
      setError(t("messages.question_missing"))
      return
    }
    await run(async () => {
      const { message } = await api.ask(draft.trim())
      setMessages((current) =>
        current.some((m) => m.id === message.id) ? current : [...current, message]
      )
      setDraft("")
    })
  }

  return (
    <section className="card messages" aria-labelledby="messages-title">
      <h2 id="messages-title">{t("messages.title")}</h2>
      {messages.length ? (
        <ol className="thread" aria-label={t("messages.thread")} aria-live="polite">
          {messages.map((message) => (
            <li key={message.id} className={`message ${message.author_type}`}>
              <p className="message-meta">
                <span>
                  {message.author_type === "staff"
                    ? message.author_name || view.branding.name
                    : message.author_name || t("messages.you")}
                </span>
                <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
              </p>
              <p className="pre-wrap">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">{t("messages.none")}</p>
      )}
      {may.ask && (
        <form onSubmit={send} className="ask" noValidate>
          <label htmlFor={fieldId}>{t("messages.question")}</label>
          <textarea
            id={fieldId}
            rows={3}
            maxLength={5000}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={!!error}
          />
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button" disabled={busy}>
            {busy ? t("messages.sending") : t("messages.send")}
          </button>
        </form>
      )}
    </section>
  )
}
