import type { StorePortalDocument } from "@shared/http/documents"
import type { DocumentAttachment } from "@shared/documents"
import { useId } from "react"
import { Link } from "react-router"
import { activeCompanyOf, mayOpen, mayUploadDocuments, sectionOf } from "../../app/access"
import { useListParams } from "../../app/list-params"
import { Pager, QueryStates } from "../../app/ListStates"
import { DocumentsView } from "../../components/Documents"
import { useTitle } from "../../components/Layout"
import { useDocuments } from "../../lib/data/documents"
import { useMe } from "../../lib/data/me"
import { useT } from "../../lib/i18n"
import { DocumentRequests } from "./DocumentRequests"

const LIST_LIMIT = 20

/** Which documents the list shows: all, or those of the company itself, its quotes or orders. */
const FILTERS = {
  all: undefined,
  company: "company",
  quotes: "quote",
  orders: "order",
} as const satisfies Record<string, DocumentAttachment | undefined>

/**
 * `/account/documents`: what staff shared with the active company, newest first, a page at
 * a time; its pictures as a gallery, its other files as a list, each to open or download.
 */
export function DocumentsPage() {
  const t = useT("documents")
  const tc = useT("common")
  const { data: me } = useMe()
  const { filter, page, set } = useListParams<keyof typeof FILTERS>(FILTERS, "all")
  const filterId = useId()
  const title = tc("sections.documents")
  useTitle(title)
  const offset = (page - 1) * LIST_LIMIT
  const query = useDocuments({ attached_to: FILTERS[filter], limit: LIST_LIMIT, offset })
  const company = me ? activeCompanyOf(me)?.name : undefined
  const mayOpenOrders = !!me && mayOpen(me, sectionOf("orders"))
  const mayOpenQuotes = !!me && mayOpen(me, sectionOf("quotes"))

  const linkOf = (doc: StorePortalDocument) =>
    doc.attached_to === "order" && doc.attached_id && mayOpenOrders ? (
      <Link to={`/account/orders/${doc.attached_id}`}>{t("document.see_order")}</Link>
    ) : doc.attached_to === "quote" && doc.attached_id && mayOpenQuotes ? (
      <Link to={`/account/quotes/${doc.attached_id}`}>{t("document.see_quote")}</Link>
    ) : undefined

  return (
    <>
      <h1 className="page-title">{company ? t("list.heading", { company }) : title}</h1>
      <DocumentRequests mayUpload={!!me && mayUploadDocuments(me)} />
      <div className="card list-filters">
        <div className="field">
          <label htmlFor={filterId}>{tc("list.show")}</label>
          <select
            id={filterId}
            value={filter}
            onChange={(event) => set({ filter: event.target.value as keyof typeof FILTERS })}
          >
            {(Object.keys(FILTERS) as (keyof typeof FILTERS)[]).map((key) => (
              <option key={key} value={key}>
                {t(`list.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryStates
        query={query}
        loading={t("list.loading")}
        isEmpty={(data) => data.documents.length === 0}
        empty={filter === "all" ? t("list.empty") : t("list.no_match")}
      >
        {(data) => (
          <div aria-busy={query.isFetching}>
            <DocumentsView documents={data.documents} linkOf={linkOf} />
            <Pager
              label={title}
              count={data.count}
              offset={offset}
              limit={LIST_LIMIT}
              onOffset={(next) => set({ page: next / LIST_LIMIT + 1 })}
            />
          </div>
        )}
      </QueryStates>
    </>
  )
}
