import { DownloadFileButton } from "../../../components/DownloadFileButton"
import { useQuote } from "../quote-context"

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
