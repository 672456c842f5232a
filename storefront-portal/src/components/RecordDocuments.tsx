import { Suspense, useState } from "react"
import { mayViewDocuments } from "../app/access"
import { Pager } from "../app/ListStates"
import { describeError } from "../lib/api"
import { useDocuments } from "../lib/data/documents"
import { useMe } from "../lib/data/me"
import { useT } from "../lib/i18n"
import { DocumentsView } from "./Documents"

type RecordPlace = { attached_to: "order" | "quote"; attached_id: string }

/**
 * The documents staff attached to an order or a quote, on its page (docs/ARCHITECTURE.md,
 * "Documents"): pictures as a gallery with their captions, then the files. Shown when the
 * merchant offers documents and the contact may see them; their words load with the card.
 */
export function RecordDocumentsCard(place: RecordPlace) {
  const { data: me } = useMe()
  const tc = useT("common")
  if (!me || !mayViewDocuments(me)) return null
  return (
    <Suspense
      fallback={
        <p className="card loading" role="status">
          {tc("status.loading")}
        </p>
      }
    >
      <RecordDocuments {...place} />
    </Suspense>
  )
}

export default RecordDocumentsCard

const DOCUMENTS_LIMIT = 20

function RecordDocuments({ attached_to, attached_id }: RecordPlace) {
  const t = useT("documents")
  const tc = useT("common")
  const [offset, setOffset] = useState(0)
  const query = useDocuments({ attached_to, attached_id, limit: DOCUMENTS_LIMIT, offset })
  const titleId = `${attached_to}-documents-title`
  return (
    <section
      className="card"
      aria-labelledby={titleId}
      aria-busy={query.isFetching}
      data-testid={`${attached_to}-documents`}
    >
      <h2 id={titleId}>{t(`${attached_to}.title`)}</h2>
      {query.isPending ? (
        <p className="loading" role="status">
          {t(`${attached_to}.loading`)}
        </p>
      ) : query.isError ? (
        <>
          <p className="error" role="alert">
            {describeError(tc, query.error)}
          </p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {tc("status.try_again")}
          </button>
        </>
      ) : query.data.documents.length === 0 ? (
        <p className="hint">{t(`${attached_to}.empty`)}</p>
      ) : (
        <>
          <DocumentsView documents={query.data.documents} level={3} />
          <Pager
            label={t(`${attached_to}.title`)}
            count={query.data.count}
            offset={offset}
            limit={DOCUMENTS_LIMIT}
            onOffset={setOffset}
          />
        </>
      )}
    </section>
  )
}
