import type { StorePortalDocument } from "@shared/http/documents"
import { type ReactNode, useRef } from "react"
import { useDocumentFile, usePictureUrl } from "../lib/data/documents"
import { formatDate } from "../lib/format"
import { PSEUDO_LANGUAGE, useLanguage, useT } from "../lib/i18n"
import { useAction } from "../lib/use-action"

// The files shared with a company, as the Documents page and an order's page show them
// (docs/ARCHITECTURE.md, "Documents"): pictures as a gallery with their captions, the rest
// as a list; each opens in a new tab when the browser can show it, else downloads. The file
// route wants the member's login, which a plain link cannot send: each file is fetched with
// it and handed to the browser as an object URL.

/** A file's size in the page's language: "840 B", "12.5 KB", "3.2 MB". */
export function useFileSize() {
  const t = useT("documents")
  const language = useLanguage()
  const number = new Intl.NumberFormat(language === PSEUDO_LANGUAGE ? "en" : language, {
    maximumFractionDigits: 1,
  })
  return (bytes: number) =>
    bytes < 1024
      ? t("size.bytes", { size: number.format(bytes) })
      : bytes < 1024 * 1024
        ? t("size.kilobytes", { size: number.format(bytes / 1024) })
        : t("size.megabytes", { size: number.format(bytes / (1024 * 1024)) })
}

/** Hands a fetched file to the browser: shown in a new tab, or saved under its name. */
function handOver(blob: Blob, name: string, tab: Window | null) {
  const url = URL.createObjectURL(blob)
  if (tab) {
    tab.location.href = url
  } else {
    const anchor = document.createElement("a")
    anchor.href = url
    anchor.download = name
    document.body.append(anchor)
    anchor.click()
    anchor.remove()
  }
  // Long enough for the tab or the download to read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * "Open" (a new tab, for PDFs and pictures) or "Download" (everything else). `fetchFile`
 * fetches it from another route than the Documents one (a work request's files).
 */
export function DocumentFileButton({
  document: doc,
  fetchFile: fetchFrom,
}: {
  document: StorePortalDocument
  fetchFile?: (doc: StorePortalDocument) => Promise<Blob>
}) {
  const t = useT("documents")
  const fetchDocument = useDocumentFile()
  const fetchFile = fetchFrom ?? fetchDocument
  const { run, busy, error } = useAction()
  // A second click while the file is on its way opens no second tab.
  const working = useRef(false)

  const start = () => {
    if (working.current) return
    working.current = true
    // The tab opens now, while the click still counts as the reader's (a tab opened after
    // the download would be blocked), and shows the file once it has arrived.
    let tab: Window | null = null
    if (doc.previewable) {
      tab = window.open("", "_blank")
      if (tab) tab.opener = null
    }
    void run(
      async () => {
        handOver(await fetchFile(doc), doc.file_name, tab)
      },
      () => tab?.close()
    ).finally(() => {
      working.current = false
    })
  }

  const [idle, named, waiting] = doc.previewable
    ? (["document.open", "document.open_named", "document.opening"] as const)
    : (["document.download", "document.download_named", "document.downloading"] as const)
  return (
    <span className="document-action">
      <button
        type="button"
        className="button small"
        onClick={start}
        aria-busy={busy}
        aria-label={busy ? undefined : t(named, { title: doc.title })}
      >
        {busy ? t(waiting) : t(idle)}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}

/** A document's details: its file's name, kind and size, and when it was added. */
function DocumentFacts({ document: doc }: { document: StorePortalDocument }) {
  const t = useT("documents")
  const size = useFileSize()
  return (
    <span className="hint document-facts">
      {[
        doc.file_name,
        t(`types.${doc.type}`),
        size(doc.size),
        t("document.added_on", { date: formatDate(doc.created_at) }),
      ].join(" · ")}
    </span>
  )
}

/** One picture: its thumbnail, title and caption, and Open. */
function Picture({ document: doc, link }: { document: StorePortalDocument; link?: ReactNode }) {
  const t = useT("documents")
  const { url, failed } = usePictureUrl(doc)
  return (
    <figure className="picture">
      <div className="picture-frame">
        {url ? (
          <img src={url} alt={doc.caption ?? doc.title} />
        ) : (
          <span className={failed ? "error" : "hint"} role={failed ? "alert" : "status"}>
            {failed ? t("document.picture_failed") : t("document.picture_loading")}
          </span>
        )}
      </div>
      <figcaption>
        <span className="record-title">{doc.title}</span>
        {doc.caption && <span className="picture-caption">{doc.caption}</span>}
        <DocumentFacts document={doc} />
        <span className="document-links">
          <DocumentFileButton document={doc} />
          {link}
        </span>
      </figcaption>
    </figure>
  )
}

/** Pictures side by side (two on a phone), each with its caption. */
export function PictureGallery({
  documents,
  label,
  linkOf,
}: {
  documents: StorePortalDocument[]
  label: string
  linkOf?: (document: StorePortalDocument) => ReactNode
}) {
  return (
    <ul className="gallery" aria-label={label}>
      {documents.map((doc) => (
        <li key={doc.id}>
          <Picture document={doc} link={linkOf?.(doc)} />
        </li>
      ))}
    </ul>
  )
}

/** One file of the list: title, caption, details, what it belongs to, and Open or Download. */
export function DocumentRecord({
  document: doc,
  link,
}: {
  document: StorePortalDocument
  /** Where it belongs (its order or quote), when the page offers a way there. */
  link?: ReactNode
}) {
  return (
    <>
      <span className="record-title">{doc.title}</span>
      {doc.caption && <p className="document-caption">{doc.caption}</p>}
      <DocumentFacts document={doc} />
      <span className="document-links">
        <DocumentFileButton document={doc} />
        {link}
      </span>
    </>
  )
}

/**
 * A page of documents: the pictures as a gallery, then the other files as a list, each
 * under its heading (`level`: h2 on a section's page, h3 inside an order's card).
 */
export function DocumentsView({
  documents,
  level = 2,
  linkOf,
}: {
  documents: StorePortalDocument[]
  level?: 2 | 3
  linkOf?: (document: StorePortalDocument) => ReactNode
}) {
  const t = useT("documents")
  const Heading = level === 2 ? "h2" : "h3"
  const pictures = documents.filter((doc) => doc.picture)
  const files = documents.filter((doc) => !doc.picture)
  return (
    <>
      {pictures.length > 0 && (
        <>
          <Heading className="documents-heading">{t("list.pictures")}</Heading>
          <PictureGallery documents={pictures} label={t("list.pictures")} linkOf={linkOf} />
        </>
      )}
      {files.length > 0 && (
        <>
          <Heading className="documents-heading">{t("list.files")}</Heading>
          <ul className="record-list documents" aria-label={t("list.files")}>
            {files.map((doc) => (
              <li key={doc.id} className={level === 2 ? "card record" : "record"}>
                <DocumentRecord document={doc} link={linkOf?.(doc)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
