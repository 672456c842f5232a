import { useAction } from "../lib/use-action"
import { useT } from "../lib/i18n"

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
  const t = useT("common")
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
        {busy ? t("download.preparing_pdf") : label}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
