import { DOCUMENT_ACCEPT, MAX_DOCUMENT_BYTES } from "@shared/documents"
import {
  MAX_WORK_REQUEST_ATTACHMENTS,
  MAX_WORK_REQUEST_DESCRIPTION_LENGTH,
  MAX_WORK_REQUEST_SUBJECT_LENGTH,
} from "@shared/work-requests"
import { type FormEvent, useId, useState } from "react"
import { Link, useNavigate } from "react-router"
import { activeCompanyOf, maySubmitWorkRequests } from "../../app/access"
import { ErrorSummary } from "../../components/ErrorSummary"
import { useTitle } from "../../components/Layout"
import { TextField } from "../../components/TextField"
import { describeError } from "../../lib/api"
import { useMe } from "../../lib/data/me"
import { useAttachToWorkRequest, useCreateWorkRequest } from "../../lib/data/work-requests"
import { todayInput } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"
import { useFileSize } from "../../components/Documents"
import type { NotAttached } from "./WorkRequestPage"

const MAX_MB = Math.round(MAX_DOCUMENT_BYTES / (1024 * 1024))

/**
 * `/account/work-requests/new`: a subject, a description, a preferred date and files. The
 * request is created first, then each file is attached with its own upload; a refused file
 * does not undo the request, and its page names what was refused and why (the server's
 * words). Checked here for what the contact can fix at once; the server checks it all again.
 */
export function NewWorkRequestPage() {
  const t = useT("work-requests")
  const { data: me } = useMe()
  useTitle(t("form.title"))
  if (me && !maySubmitWorkRequests(me)) {
    return (
      <section className="card" aria-labelledby="new-work-request-title">
        <h1 id="new-work-request-title">{t("form.title")}</h1>
        <p>{t("form.denied", { company: activeCompanyOf(me)?.name ?? "" })}</p>
        <p>
          <Link to="/account/work-requests">{t("form.cancel")}</Link>
        </p>
      </section>
    )
  }
  return <NewWorkRequestForm />
}

function NewWorkRequestForm() {
  const t = useT("work-requests")
  const tc = useT("common")
  const navigate = useNavigate()
  const size = useFileSize()
  const title = t("form.title")
  const descriptionId = useId()
  const descriptionHintId = useId()
  const filesId = useId()
  const filesHintId = useId()
  const errorsId = useId()
  const [subject, setSubject] = useState("")
  const [description, setDescription] = useState("")
  const [preferredDate, setPreferredDate] = useState("")
  const [files, setFiles] = useState<File[]>([])
  const [problems, setProblems] = useState<string[]>([])
  const [progress, setProgress] = useState<{ current: number; total: number } | null>(null)
  const create = useCreateWorkRequest()
  const attach = useAttachToWorkRequest()
  const action = useAction()
  const today = todayInput()

  const check = () => {
    const found: string[] = []
    if (!subject.trim()) found.push(t("form.missing_subject"))
    else if (subject.trim().length > MAX_WORK_REQUEST_SUBJECT_LENGTH)
      found.push(t("form.subject_too_long", { max: MAX_WORK_REQUEST_SUBJECT_LENGTH }))
    if (!description.trim()) found.push(t("form.missing_description"))
    else if (description.trim().length > MAX_WORK_REQUEST_DESCRIPTION_LENGTH)
      found.push(t("form.description_too_long", { max: MAX_WORK_REQUEST_DESCRIPTION_LENGTH }))
    if (preferredDate && preferredDate < today) found.push(t("form.date_in_past"))
    if (files.length > MAX_WORK_REQUEST_ATTACHMENTS)
      found.push(t("form.too_many_files", { max: MAX_WORK_REQUEST_ATTACHMENTS }))
    for (const file of files) {
      if (file.size > MAX_DOCUMENT_BYTES)
        found.push(t("form.file_too_large", { name: file.name, size: MAX_MB }))
    }
    return found
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found = check()
    setProblems(found)
    if (found.length) return
    void action.run(async () => {
      const { work_request } = await create.mutateAsync({
        subject: subject.trim(),
        description: description.trim(),
        ...(preferredDate ? { preferred_date: preferredDate } : {}),
      })
      const notAttached: NotAttached = []
      for (const [index, file] of files.entries()) {
        setProgress({ current: index + 1, total: files.length })
        try {
          await attach.mutateAsync({ requestId: work_request.id, file })
        } catch (caught) {
          notAttached.push({ name: file.name, message: describeError(tc, caught) })
        }
      }
      navigate(`/account/work-requests/${work_request.id}`, { state: { notAttached } })
    })
  }

  const busyLabel = progress
    ? t("form.uploading", { current: progress.current, total: progress.total })
    : t("form.submitting")

  return (
    <>
      <p className="back-link">
        <Link to="/account/work-requests">{t("form.cancel")}</Link>
      </p>
      <section className="card" aria-labelledby="new-work-request-title">
        <h1 id="new-work-request-title">{title}</h1>
        <p className="hint">{t("form.intro")}</p>
        <form
          className="work-request-form"
          onSubmit={submit}
          noValidate
          aria-describedby={problems.length ? errorsId : undefined}
        >
          <ErrorSummary id={errorsId} errors={problems} />
          <TextField
            label={t("form.subject")}
            value={subject}
            onValue={setSubject}
            maxLength={MAX_WORK_REQUEST_SUBJECT_LENGTH}
            required
          />
          <div className="field">
            <label htmlFor={descriptionId}>{t("form.description")}</label>
            <textarea
              id={descriptionId}
              rows={6}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              maxLength={MAX_WORK_REQUEST_DESCRIPTION_LENGTH}
              aria-describedby={descriptionHintId}
              required
            />
            <p id={descriptionHintId} className="hint">
              {t("form.description_hint")}
            </p>
          </div>
          <TextField
            label={t("form.preferred_date")}
            type="date"
            min={today}
            value={preferredDate}
            onValue={setPreferredDate}
          />
          <div className="field">
            <label htmlFor={filesId}>{t("form.files")}</label>
            <input
              id={filesId}
              type="file"
              multiple
              accept={DOCUMENT_ACCEPT}
              onChange={(event) => setFiles(Array.from(event.target.files ?? []))}
              aria-describedby={filesHintId}
            />
            <p id={filesHintId} className="hint">
              {t("form.files_hint", { size: MAX_MB })}
            </p>
            {files.length > 0 && (
              <ul className="chosen-files" aria-label={t("form.chosen", { count: files.length })}>
                {files.map((file, index) => (
                  <li key={`${index}-${file.name}`}>
                    {file.name} · {size(file.size)}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {action.error && (
            <p className="error" role="alert">
              {action.error}
            </p>
          )}
          <div className="button-row">
            <button
              type="submit"
              className="button primary"
              disabled={action.busy}
              aria-busy={action.busy}
            >
              {action.busy ? busyLabel : t("form.submit")}
            </button>
          </div>
        </form>
      </section>
    </>
  )
}
