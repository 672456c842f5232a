import { Container, Heading, Text, toast } from "@medusajs/ui"
import { type ChangeEvent, useRef } from "react"
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "../../../shared/documents"
import { MAX_WORK_REQUEST_ATTACHMENTS } from "../../../shared/work-requests"
import { useAttachToWorkRequest, type WorkRequest } from "../../hooks/work-requests"
import { errorMessage } from "../../lib/errors"
import { formatDate, formatFileSize } from "../../lib/format"
import { OpenButton } from "../companies/company-documents-section"

/**
 * The request's files, from the contact and from staff: open each (through the staff
 * session), or attach another (the kinds documents take, up to 20 MB, checked by content).
 */
export const WorkRequestAttachments = ({ request }: { request: WorkRequest }) => {
  const attach = useAttachToWorkRequest(request.id)
  const input = useRef<HTMLInputElement>(null)
  const full = request.attachments.length >= MAX_WORK_REQUEST_ATTACHMENTS

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    try {
      if (file.size > MAX_DOCUMENT_BYTES) {
        throw new Error(
          `The file is ${formatFileSize(file.size)}; an attachment may be at most 20 MB.`
        )
      }
      await attach.mutateAsync(file)
      toast.success(`${file.name} was attached to ${request.number}`)
    } catch (error) {
      toast.error(`${file.name} was not attached`, { description: errorMessage(error) })
    } finally {
      if (input.current) input.current.value = ""
    }
  }

  return (
    <Container className="divide-y p-0" aria-labelledby="work-request-attachments-heading">
      <div className="px-6 py-4">
        <Heading level="h2" id="work-request-attachments-heading">
          Attachments
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Files the contact sent with the request, and yours; both sides see them.
        </Text>
      </div>
      {request.attachments.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No files yet.
        </Text>
      ) : (
        <ul className="divide-y" aria-label="Attachments">
          {request.attachments.map((document) => (
            <li key={document.id} className="flex items-start justify-between gap-x-3 px-6 py-3">
              <div className="flex min-w-0 flex-col gap-y-0.5">
                <Text size="small" weight="plus" className="break-words">
                  {document.title}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle break-all">
                  {document.file_name} · {formatFileSize(document.size)}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {document.source === "contact" ? "From the contact" : "From staff"},{" "}
                  {formatDate(document.created_at)}
                </Text>
              </div>
              <OpenButton document={document} />
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <label htmlFor="work-request-attachment" className="txt-compact-small-plus text-ui-fg-base">
          Attach a file
        </label>
        <Text size="xsmall" className="text-ui-fg-subtle" id="work-request-attachment-hint">
          {full
            ? `A request carries at most ${MAX_WORK_REQUEST_ATTACHMENTS} files.`
            : "PDF, pictures or office files, up to 20 MB. It is uploaded once chosen."}
        </Text>
        <input
          ref={input}
          id="work-request-attachment"
          type="file"
          accept={DOCUMENT_ACCEPT}
          disabled={full || attach.isPending}
          aria-describedby="work-request-attachment-hint"
          aria-busy={attach.isPending}
          className="txt-compact-small text-ui-fg-base file:bg-ui-button-neutral file:text-ui-fg-base file:shadow-buttons-neutral file:txt-compact-small-plus file:mr-3 file:rounded-md file:border-0 file:px-2 file:py-1"
          onChange={upload}
        />
        {attach.isPending && (
          <Text size="xsmall" className="text-ui-fg-subtle" aria-live="polite">
            Uploading…
          </Text>
        )}
      </div>
    </Container>
  )
}
