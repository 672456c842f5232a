import { ArrowDownTray, ArrowUpRightOnBox } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../../lib/errors"
import { sdk } from "../../lib/sdk"

/**
 * A PDF the admin API serves behind the staff session: fetched with it (the
 * SDK sends the session cookie), then opened or saved from a blob URL, since
 * a plain link would open without the API's base URL in development.
 */
export async function fetchPdf(path: string, fallbackName: string) {
  // Without a JSON accept header the SDK hands back the raw response.
  const response = await sdk.client.fetch<Response>(path, {
    headers: { accept: "application/pdf" },
  })
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ??
    fallbackName
  const blob = await response.blob()
  return { name, url: URL.createObjectURL(new Blob([blob], { type: "application/pdf" })) }
}

export const PdfButton = ({
  path,
  fileName,
  mode,
  label,
  what,
}: {
  path: string
  fileName: string
  /** Open in a new tab, or save as a file. */
  mode: "open" | "download"
  label: string
  /** "The purchase order PDF": for the error toast. */
  what: string
}) => {
  const [isLoading, setIsLoading] = useState(false)

  const run = async () => {
    setIsLoading(true)
    // Opened now, while the click still counts as the user's: a popup opened after the await is blocked.
    const tab = mode === "open" ? window.open("", "_blank") : null
    try {
      const { name, url } = await fetchPdf(path, fileName)
      if (tab) {
        tab.location.href = url
      } else {
        const anchor = document.createElement("a")
        anchor.href = url
        anchor.download = name
        anchor.click()
      }
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
    } catch (error) {
      tab?.close()
      toast.error(`${what} could not be ${mode === "open" ? "opened" : "downloaded"}`, {
        description: errorMessage(error),
      })
    } finally {
      setIsLoading(false)
    }
  }

  return (
    <Button size="small" variant="secondary" type="button" isLoading={isLoading} onClick={run}>
      {mode === "open" ? <ArrowUpRightOnBox /> : <ArrowDownTray />}
      {label}
    </Button>
  )
}
