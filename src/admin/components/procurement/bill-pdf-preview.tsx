import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { supplierBillPdfPath } from "../../hooks/supplier-bills"
import { errorMessage } from "../../lib/errors"
import { fetchPdf } from "./pdf-button"

/**
 * The bill's PDF in the page, read with the staff session like the buttons
 * above it, so staff review it next to the amount and due date.
 */
export const BillPdfPreview = ({ billId, title }: { billId: string; title: string }) => {
  const [url, setUrl] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let created: string | null = null
    let gone = false
    fetchPdf(supplierBillPdfPath(billId), "bill.pdf").then(
      (pdf) => {
        created = pdf.url
        if (gone) URL.revokeObjectURL(pdf.url)
        else setUrl(pdf.url)
      },
      (failure) => !gone && setError(errorMessage(failure))
    )
    return () => {
      gone = true
      if (created) URL.revokeObjectURL(created)
    }
  }, [billId])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">PDF</Heading>
      </div>
      {error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          The PDF could not be loaded: {error}
        </Text>
      ) : url ? (
        <iframe title={title} src={url} className="h-[70vh] w-full rounded-b-lg" />
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" aria-busy="true">
          Loading the PDF…
        </Text>
      )}
    </Container>
  )
}
