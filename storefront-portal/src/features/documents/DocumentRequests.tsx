import type {
  StorePortalDocumentRequest,
  StorePortalDocumentRequestItem,
} from "@shared/http/documents"
import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "@shared/documents"
import { type FormEvent, useId, useRef, useState } from "react"
import { DocumentRecord } from "../../components/Documents"
import { describeError } from "../../lib/api"
import {
  useDocumentRequestDone,
  useDocumentRequests,
  useUploadRequestedDocument,
} from "../../lib/data/documents"
import { formatDate, formatDay } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"

// Staff's requests for named documents (docs/ARCHITECTURE.md, "Documents"), above the
// shared documents: each checklist item with what was uploaded for it; a contact who may
// upload answers an open request item by item and says "Done uploading".

const MAX_MB = Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024))

/** The upload dialog of one item: a file, "I'm completely done uploading", and Upload. */
function UploadDialog({
  request,
  item,
}: {
  request: StorePortalDocumentRequest
  item: StorePortalDocumentRequestItem
}) {
  const t = useT("documents")
  const tc = useT("common")
  const dialog = useRef<HTMLDialogElement>(null)
  const form = useRef<HTMLFormElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [done, setDone] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const upload = useUploadRequestedDocument()
  const titleId = useId()
  const fileId = useId()
  const hintId = useId()
  const errorId = useId()
  const doneId = useId()

  const open = () => {
    form.current?.reset()
    setFile(null)
    setDone(false)
    setError(null)
    dialog.current?.showModal()
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (upload.isPending) return
    if (!file) return setError(t("requests.file_missing"))
    if (file.size > MAX_DOCUMENT_BYTES) {
      return setError(t("requests.file_too_large", { size: MAX_MB }))
    }
    setError(null)
    upload.mutate(
      { requestId: request.id, itemId: item.id, file, done },
      {
        onSuccess: () => dialog.current?.close(),
        onError: (caught) => setError(describeError(tc, caught)),
      }
    )
  }

  return (
    <>
      <button
        type="button"
        className="button small"
        onClick={open}
        aria-label={t("requests.upload_named", { name: item.name })}
      >
        {t("requests.upload")}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="dialog">
        <form ref={form} onSubmit={submit} noValidate>
          <h2 id={titleId}>{t("requests.dialog_title", { name: item.name })}</h2>
          <div className="field">
            <label htmlFor={fileId}>{t("requests.file")}</label>
            <input
              id={fileId}
              type="file"
              accept={DOCUMENT_ACCEPT}
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null)
                setError(null)
              }}
              aria-invalid={!!error}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            />
            <span id={hintId} className="hint">
              {t("requests.file_hint", { size: MAX_MB })}
            </span>
          </div>
          <div className="consent">
            <input
              id={doneId}
              type="checkbox"
              checked={done}
              onChange={(event) => setDone(event.target.checked)}
            />
            <label htmlFor={doneId}>{t("requests.completely_done")}</label>
          </div>
          {error && (
            <p id={errorId} className="error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button primary" disabled={upload.isPending}>
              {upload.isPending ? t("requests.uploading") : t("requests.submit")}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {tc("actions.cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  )
}

/** "Done uploading": once while sending, whatever the clicks. */
function DoneButton({ request }: { request: StorePortalDocumentRequest }) {
  const t = useT("documents")
  const done = useDocumentRequestDone()
  const { run, busy, error } = useAction()
  return (
    <div className="document-request-done">
      <button
        type="button"
        className="button primary"
        disabled={busy}
        aria-busy={busy}
        onClick={() =>
          void run(async () => {
            await done.mutateAsync(request.id)
          })
        }
      >
        {busy ? t("requests.done_sending") : t("requests.done_button")}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

/** One request: its title, note, status, its checklist, and what the contact may do. */
function RequestCard({
  request,
  mayUpload,
}: {
  request: StorePortalDocumentRequest
  mayUpload: boolean
}) {
  const t = useT("documents")
  const headingId = useId()
  const answering = mayUpload && request.status === "open"
  return (
    <section className="card document-request" aria-labelledby={headingId}>
      <h3 id={headingId} className="record-title">
        {request.title}
        <span className={`badge status-${request.status}`}>
          {t(`requests.status_${request.status}`)}
        </span>
      </h3>
      {request.note && <p className="document-caption">{request.note}</p>}
      {request.status === "done" && request.done_at && (
        <p className="hint">{t("requests.done_on", { date: formatDate(request.done_at) })}</p>
      )}
      {request.status === "closed" && <p className="hint">{t("requests.closed")}</p>}
      <ul className="record-list" aria-label={t("requests.items", { title: request.title })}>
        {request.items.map((item) => (
          <li key={item.id} className="record document-request-item">
            <span className="record-title">{item.name}</span>
            {item.description && <p className="document-caption">{item.description}</p>}
            {item.due_date && (
              <span className="hint">{t("requests.due", { date: formatDay(item.due_date) })}</span>
            )}
            {item.uploads.length > 0 ? (
              <ul className="record-list" aria-label={`${t("requests.uploaded")}: ${item.name}`}>
                {item.uploads.map((doc) => (
                  <li key={doc.id} className="record">
                    <DocumentRecord document={doc} />
                  </li>
                ))}
              </ul>
            ) : (
              <span className="hint">{t("requests.nothing_uploaded")}</span>
            )}
            {answering && <UploadDialog request={request} item={item} />}
          </li>
        ))}
      </ul>
      {answering && <DoneButton request={request} />}
    </section>
  )
}

/**
 * "Requested documents": the company's open and done requests (closed ones are staff's
 * business now), shown only when there is one.
 */
export function DocumentRequests({ mayUpload }: { mayUpload: boolean }) {
  const t = useT("documents")
  const query = useDocumentRequests({ limit: 50 })
  const requests = (query.data?.document_requests ?? []).filter(
    (request) => request.status !== "closed"
  )
  if (requests.length === 0) return null
  return (
    <section className="document-requests" aria-labelledby="document-requests-heading">
      <h2 id="document-requests-heading" className="documents-heading">
        {t("requests.heading")}
      </h2>
      {requests.map((request) => (
        <RequestCard key={request.id} request={request} mayUpload={mayUpload} />
      ))}
    </section>
  )
}
