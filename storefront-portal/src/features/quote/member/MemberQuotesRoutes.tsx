import { Route, Routes } from "react-router"
import { PageNotFound } from "../../../app/NotFoundCard"
import { LazySignPage } from "../LazySignPage"
import { QuotePage } from "../QuotePage"
import { MemberQuoteRoute } from "./MemberQuoteRoute"
import { QuotesPage } from "./QuotesPage"

/** /account/quotes…, loaded on demand: the list, and the quote page a link shows too. */
export default function MemberQuotesRoutes() {
  return (
    <Routes>
      <Route index element={<QuotesPage />} />
      <Route path=":id" element={<MemberQuoteRoute />}>
        <Route index element={<QuotePage />} />
        <Route path="sign" element={<LazySignPage />} />
      </Route>
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
