import { useId, useRef, useState, type FormEvent } from "react"
import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"

/** A native modal dialog: focus moves in and back, Escape closes it. */
export function DeclineDialog() {
  const { api, view, replaceView } = useQuote()
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState("")
  const { run, busy, error, setError } = useAction()
  const titleId = useId()
  const reasonId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason.trim()) {
      setError("Tell us why you decline, so we can do better.")
      return
    }
    await run(async () => {
      await api.decline(reason.trim())
      const fresh = await api.view()
      dialog.current?.close()
      replaceView(fresh)
    })
  }

  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()}>
        Decline
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="dialog">
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>Decline this quote</h2>
          <p>
            Quote {view.quote.number} will be closed and {view.branding.name} will see your reason.
          </p>
          <label htmlFor={reasonId}>Reason</label>
          <textarea
            id={reasonId}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            rows={4}
            maxLength={2000}
            required
            aria-invalid={!!error}
            aria-describedby={error ? `${reasonId}-error` : undefined}
          />
          {error && (
            <p id={`${reasonId}-error`} className="error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button danger" disabled={busy}>
              {busy ? "Declining…" : "Decline quote"}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}
