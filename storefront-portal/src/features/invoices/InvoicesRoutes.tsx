import { Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { InvoicePage } from "./InvoicePage"
import { InvoicesPage } from "./InvoicesPage"

/** /account/invoices…, loaded on demand: the list and an invoice's page (pay, PDF). */
export default function InvoicesRoutes() {
  return (
    <Routes>
      <Route index element={<InvoicesPage />} />
      <Route path=":id" element={<InvoicePage />} />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}
