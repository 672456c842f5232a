import type { StorePortalQuoteMessage } from "@shared/http/quotes"
import { useEffect, useId, useState, type FormEvent } from "react"
import { formatDateTime } from "../../../lib/format"
import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"

const POLL_MS = 4000

/** The question thread with the merchant's staff; replies arrive without a reload. */
export function Messages() {
  const { api, view, may } = useQuote()
  const [messages, setMessages] = useState<StorePortalQuoteMessage[]>(view.quote.messages ?? [])
  const [draft, setDraft] = useState("")
  const { run, busy, error, setError } = useAction()
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
      setError("Write your question first.")
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
      <h2 id="messages-title">Questions</h2>
      {messages.length ? (
        <ol className="thread" aria-label="Messages" aria-live="polite">
          {messages.map((message) => (
            <li key={message.id} className={`message ${message.author_type}`}>
              <p className="message-meta">
                <span>
                  {message.author_type === "staff"
                    ? message.author_name || view.branding.name
                    : message.author_name || "You"}
                </span>
                <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
              </p>
              <p className="pre-wrap">{message.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">No questions yet. Ask anything about this quote below.</p>
      )}
      {may.ask && (
        <form onSubmit={send} className="ask" noValidate>
          <label htmlFor={fieldId}>Your question</label>
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
            {busy ? "Sending…" : "Send"}
          </button>
        </form>
      )}
    </section>
  )
}
