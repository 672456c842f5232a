import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { BrowserRouter, Route, Routes } from "react-router"
import { NotAvailablePage } from "./pages/StatusPages"
import { QuoteLinkRoute } from "./pages/QuoteLinkRoute"
import { QuotePage } from "./pages/QuotePage"
import { LazySignPage } from "./pages/LazySignPage"
import "./styles.css"

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route path="/q/:token" element={<QuoteLinkRoute />}>
          <Route index element={<QuotePage />} />
          <Route path="sign" element={<LazySignPage />} />
        </Route>
        <Route path="*" element={<NotAvailablePage />} />
      </Routes>
    </BrowserRouter>
  </StrictMode>
)
