import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "@shared/documents"
import type { StorePortalWorkRequest } from "@shared/http/work-requests"
import { type FormEvent, useId, useRef, useState } from "react"
import { isConflict } from "../../lib/api"
import {
  useAttachToWorkRequest,
  useRefreshWorkRequest,
  workRequests,
} from "../../lib/data/work-requests"
import { formatDate } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"
import { DocumentFileButton, useFileSize } from "../../components/Documents"

// A request's files (docs/ARCHITECTURE.md, "Work requests"): what the contact's company and
// staff attached, each opened in a new tab when the browser can show it (a PDF, a picture),
// else downloaded. The file route wants the member's login, which a plain link cannot send:
// each file is fetched with it and handed to the browser as an object URL.

const MAX_MB = Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024))

/** Attaches one more file; the server's refusal (its type, its size, a closed request) shown. */
function AttachForm({ request }: { request: StorePortalWorkRequest }) {
  const t = useT("work-requests")
  const attach = useAttachToWorkRequest()
  const refresh = useRefreshWorkRequest()
  const action = useAction()
  const input = useRef<HTMLInputElement>(null)
  const fileId = useId()
  const hintId = useId()
  const errorId = useId()
  const [file, setFile] = useState<File | null>(null)
  const [attached, setAttached] = useState<string | null>(null)
  const error = action.error

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setAttached(null)
    if (!file) return action.setError(t("attachments.file_missing"))
    if (file.size > MAX_DOCUMENT_BYTES)
      return action.setError(t("attachments.file_too_large", { size: MAX_MB }))
    void action.run(
      async () => {
        await attach.mutateAsync({ requestId: request.id, file })
        setAttached(file.name)
        setFile(null)
        if (input.current) input.current.value = ""
      },
      // Closed meanwhile: the page shows the request as it is now.
      (caught) => {
        if (isConflict(caught)) void refresh(request.id)
      }
    )
  }

  return (
    <form className="attach-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={fileId}>{t("attachments.add")}</label>
        <input
          id={fileId}
          ref={input}
          type="file"
          accept={DOCUMENT_ACCEPT}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null)
            action.setError(null)
            setAttached(null)
          }}
          aria-invalid={!!error}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        />
        <p id={hintId} className="hint">
          {t("form.files_hint", { size: MAX_MB })}
        </p>
      </div>
      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
      {attached && (
        <p className="saved" role="status">
          {t("attachments.attached", { name: attached })}
        </p>
      )}
      <button type="submit" className="button" disabled={action.busy} aria-busy={action.busy}>
        {action.busy ? t("attachments.attaching") : t("attachments.attach")}
      </button>
    </form>
  )
}

/** The request's files, and (for a contact who may submit, while it is open) one more. */
export function Attachments({
  request,
  mayAttach,
}: {
  request: StorePortalWorkRequest
  mayAttach: boolean
}) {
  const t = useT("work-requests")
  const size = useFileSize()
  const headingId = useId()
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("attachments.title")}</h2>
      {request.attachments.length ? (
        <ul
          className="record-list documents"
          aria-label={t("attachments.label", { number: request.number })}
        >
          {request.attachments.map((doc) => (
            <li key={doc.id} className="record">
              <span className="record-title">{doc.file_name}</span>
              <span className="hint document-facts">
                {[
                  size(doc.size),
                  doc.source === "staff"
                    ? t("attachments.from_staff")
                    : t("attachments.from_contact"),
                  t("attachments.added_on", { date: formatDate(doc.created_at) }),
                ].join(" · ")}
              </span>
              <span className="document-links">
                <DocumentFileButton
                  document={doc}
                  fetchFile={(file) => workRequests.file(request.id, file)}
                />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("attachments.none")}</p>
      )}
      {mayAttach && <AttachForm request={request} />}
    </section>
  )
}
