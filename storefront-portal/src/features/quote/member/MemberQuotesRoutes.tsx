import { lazy, Suspense } from "react"
import { Route, Routes, useParams } from "react-router"
import { mayViewDocuments } from "../../../app/access"
import { PageNotFound } from "../../../app/NotFoundCard"
import { useMe } from "../../../lib/data/me"
import { LazySignPage } from "../LazySignPage"
import { QuotePage } from "../QuotePage"
import { MemberQuoteRoute } from "./MemberQuoteRoute"
import { QuotesPage } from "./QuotesPage"

// Loaded only for contacts who see documents: the quote page's weight stays as it was.
const RecordDocumentsCard = lazy(() => import("../../../components/RecordDocuments"))

/** The quote, then the pictures and files staff attached to it (docs/ARCHITECTURE.md, "Documents"). */
function MemberQuotePage() {
  const { id = "" } = useParams()
  const { data: me } = useMe()
  return (
    <>
      <QuotePage />
      {me && mayViewDocuments(me) && (
        <Suspense fallback={null}>
          <RecordDocumentsCard attached_to="quote" attached_id={id} />
        </Suspense>
      )}
    </>
  )
}

/** /account/quotes…, loaded on demand: the list, and the quote page a link shows too. */
export default function MemberQuotesRoutes() {
  return (
    <Routes>
      <Route index element={<QuotesPage />} />
      <Route path=":id" element={<MemberQuoteRoute />}>
        <Route index element={<MemberQuotePage />} />
        <Route path="sign" element={<LazySignPage />} />
      </Route>
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
