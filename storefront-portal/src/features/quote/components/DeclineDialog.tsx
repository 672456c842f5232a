import { useId, useRef, useState, type FormEvent } from "react"
import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"
import { useT } from "../../../lib/i18n"

/** A native modal dialog: focus moves in and back, Escape closes it. */
export function DeclineDialog() {
  const { api, view, replaceView } = useQuote()
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState("")
  const { run, busy, error, setError } = useAction()
  const t = useT("quote")
  const tc = useT("common")
  const titleId = useId()
  const reasonId = useId()

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!reason.trim()) {
      setError(t("decline.reason_missing"))
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
        {t("decline.button")}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="dialog">
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>{t("decline.title")}</h2>
          <p>{t("decline.text", { number: view.quote.number, merchant: view.branding.name })}</p>
          <label htmlFor={reasonId}>{t("decline.reason")}</label>
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
              {busy ? t("decline.declining") : t("decline.submit")}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {tc("actions.cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}
