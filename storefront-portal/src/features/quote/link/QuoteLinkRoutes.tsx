import { Route, Routes } from "react-router"
import { LazySignPage } from "../LazySignPage"
import { QuotePage } from "../QuotePage"
import { QuoteLinkRoute } from "./QuoteLinkRoute"

/** Everything under /q/:token, loaded on demand: the quote and its sign step. */
export default function QuoteLinkRoutes() {
  return (
    <Routes>
      <Route element={<QuoteLinkRoute />}>
        <Route index element={<QuotePage />} />
        <Route path="sign" element={<LazySignPage />} />
      </Route>
    </Routes>
  )
}
