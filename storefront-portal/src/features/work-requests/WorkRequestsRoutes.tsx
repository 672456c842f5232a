import { Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { NewWorkRequestPage } from "./NewWorkRequestPage"
import { WorkRequestPage } from "./WorkRequestPage"
import { WorkRequestsPage } from "./WorkRequestsPage"

/** /account/work-requests…, loaded on demand: the list, a new request, a request's page. */
export default function WorkRequestsRoutes() {
  return (
    <Routes>
      <Route index element={<WorkRequestsPage />} />
      <Route path="new" element={<NewWorkRequestPage />} />
      <Route path=":id" element={<WorkRequestPage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
