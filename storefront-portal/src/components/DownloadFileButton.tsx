import { useAction } from "../lib/use-action"

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
