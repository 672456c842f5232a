import { Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import {
  DOCUMENT_ACCEPT,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENT_CAPTION_LENGTH,
  MAX_DOCUMENT_TITLE_LENGTH,
} from "../../../shared/documents"
import type { Company } from "../../hooks/companies"
import { useShareDocument } from "../../hooks/documents"
import { formatFileSize } from "../../lib/format"
import { FormDrawer } from "../common/form-drawer"
import { FormField } from "../common/form-field"
import type { DocumentPlaceOption } from "./company-documents-section"

/** The picker's value: "company", or "quote:<id>" / "order:<id>". */
const COMPANY = "company"
const placeValue = (place: DocumentPlaceOption) => `${place.attached_to}:${place.id}`

const EMPTY = { title: "", caption: "", place: COMPANY }

/**
 * Shares a file with the company: the file (the kinds the server takes, up to 20 MB), an
 * optional title (the file's name otherwise) and caption, and what it is attached to: the
 * company, or one of its quotes or orders. A file the server refuses by its content shows
 * the server's sentence on top.
 */
export const UploadDocumentDrawer = ({
  company,
  places,
  open,
  onOpenChange,
  onUploaded,
}: {
  company: Company
  places: DocumentPlaceOption[]
  open: boolean
  onOpenChange: (open: boolean) => void
  onUploaded: () => void
}) => {
  const share = useShareDocument(company.id)
  const [file, setFile] = useState<File | null>(null)
  const [fields, setFields] = useState(EMPTY)
  const [fileError, setFileError] = useState<string | undefined>()
  const quotes = places.filter((place) => place.attached_to === "quote")
  const orders = places.filter((place) => place.attached_to === "order")

  const reset = () => {
    setFile(null)
    setFields(EMPTY)
    setFileError(undefined)
  }

  const save = async () => {
    if (!file) {
      setFileError("Choose the file to share.")
      return null
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      setFileError(`The file is ${formatFileSize(file.size)}; a document may be at most 20 MB.`)
      return null
    }
    const place = places.find((option) => placeValue(option) === fields.place)
    const { document } = await share.mutateAsync({
      file,
      title: fields.title,
      caption: fields.caption,
      attached_to: place?.attached_to ?? "company",
      attached_id: place?.id,
    })
    onUploaded()
    return `${document.title} was shared with ${company.name}`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={reset}
      title="Upload document"
      submitLabel="Upload"
      isSaving={share.isPending}
      onSave={save}
    >
      <FormField
        id="document-file"
        label="File"
        hint="PDF, pictures (PNG, JPEG, WebP, GIF) or office files (Word, Excel, PowerPoint, OpenDocument), up to 20 MB."
        error={fileError}
      >
        <input
          id="document-file"
          type="file"
          accept={DOCUMENT_ACCEPT}
          aria-invalid={!!fileError}
          aria-describedby={fileError ? "document-file-error" : undefined}
          className="txt-compact-small text-ui-fg-base file:bg-ui-button-neutral file:text-ui-fg-base file:shadow-buttons-neutral file:txt-compact-small-plus file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            setFileError(undefined)
          }}
        />
      </FormField>
      {file && (
        <Text size="small" className="text-ui-fg-subtle">
          {file.name} · {formatFileSize(file.size)}
        </Text>
      )}
      <FormField id="document-title" label={<Optional text="Title" />}>
        <Input
          id="document-title"
          value={fields.title}
          maxLength={MAX_DOCUMENT_TITLE_LENGTH}
          placeholder={file?.name ?? "The file's name"}
          onChange={(event) => setFields({ ...fields, title: event.target.value })}
        />
      </FormField>
      <FormField
        id="document-caption"
        label={<Optional text="Caption" />}
        hint="One line the company's contacts see with the file."
      >
        <Input
          id="document-caption"
          value={fields.caption}
          maxLength={MAX_DOCUMENT_CAPTION_LENGTH}
          onChange={(event) => setFields({ ...fields, caption: event.target.value })}
        />
      </FormField>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="document-place" size="small" weight="plus">
          Attach to
        </Label>
        <Select
          value={fields.place}
          onValueChange={(place) => place && setFields({ ...fields, place })}
        >
          <Select.Trigger id="document-place">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={COMPANY}>The company ({company.name})</Select.Item>
            {quotes.length > 0 && (
              <Select.Group>
                <Select.Label>Quotes</Select.Label>
                {quotes.map((place) => (
                  <Select.Item key={place.id} value={placeValue(place)}>
                    {place.label}
                  </Select.Item>
                ))}
              </Select.Group>
            )}
            {orders.length > 0 && (
              <Select.Group>
                <Select.Label>Orders</Select.Label>
                {orders.map((place) => (
                  <Select.Item key={place.id} value={placeValue(place)}>
                    {place.label}
                  </Select.Item>
                ))}
              </Select.Group>
            )}
          </Select.Content>
        </Select>
      </div>
    </FormDrawer>
  )
}

const Optional = ({ text }: { text: string }) => (
  <>
    {text} <span className="text-ui-fg-muted font-normal">(optional)</span>
  </>
)
