import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"

/**
 * The API wants the publishable key in a header, which a plain link cannot
 * send; the file is fetched and handed to the browser as a download. By
 * default the quote's PDF (the signed one once signed); `file` names another,
 * such as an invoice.
 */
export function DownloadPdfButton({
  label,
  primary = false,
  file,
}: {
  label: string
  primary?: boolean
  file?: { name: string; fetch: () => Promise<Blob> }
}) {
  const { api, view } = useQuote()
  return (
    <DownloadFileButton
      label={label}
      primary={primary}
      file={
        file ?? {
          name: `${view.quote.number}${view.signed_agreement ? "-signed" : ""}.pdf`,
          fetch: api.pdf,
        }
      }
    />
  )
}

/** A file fetched with the caller's credentials and saved; needs no quote (the account's invoices). */
export function DownloadFileButton({
  label,
  primary = false,
  file,
}: {
  label: string
  primary?: boolean
  file: { name: string; fetch: () => Promise<Blob> }
}) {
  const { run, busy, error } = useAction()

  const download = () =>
    run(async () => {
      const blob = await file.fetch()
      const url = URL.createObjectURL(blob)
      const anchor = document.createElement("a")
      anchor.href = url
      anchor.download = file.name
      document.body.append(anchor)
      anchor.click()
      anchor.remove()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    })

  return (
    <>
      <button
        type="button"
        className={primary ? "button primary" : "button"}
        onClick={download}
        aria-busy={busy}
      >
        {busy ? "Preparing PDF…" : label}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
