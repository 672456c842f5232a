import { ArrowDownTray } from "@medusajs/icons"
import { Button, toast } from "@medusajs/ui"
import { useState } from "react"
import { quotePdfPath } from "../../hooks/quotes"
import { errorMessage } from "../../lib/errors"
import { sdk } from "../../lib/sdk"

/** Downloads the signed agreement's PDF through the admin API (with the admin's session). */
export const SignedPdfButton = ({
  quoteId,
  variant = "secondary",
}: {
  quoteId: string
  variant?: "secondary" | "transparent"
}) => {
  const [isLoading, setIsLoading] = useState(false)

  const download = async () => {
    setIsLoading(true)
    try {
      // Without a JSON accept header the SDK hands back the raw response.
      const response = await sdk.client.fetch<Response>(quotePdfPath(quoteId), {
        headers: { accept: "application/pdf" },
      })
      const name =
        /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ??
        "signed-agreement.pdf"
      const url = URL.createObjectURL(await response.blob())
      const anchor = document.createElement("a")
      anchor.href = url
      anchor.download = name
      anchor.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } catch (error) {
      toast.error("The signed PDF could not be downloaded", { description: errorMessage(error) })
    } finally {
      setIsLoading(false)
    }
  }

  return (
    <Button size="small" variant={variant} isLoading={isLoading} onClick={download}>
      <ArrowDownTray />
      Signed PDF
    </Button>
  )
}
