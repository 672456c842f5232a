import { Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { DocumentsPage } from "./DocumentsPage"

/** /account/documents, loaded on demand: the company's documents. */
export default function DocumentsRoutes() {
  return (
    <Routes>
      <Route index element={<DocumentsPage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
