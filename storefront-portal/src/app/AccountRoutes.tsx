import { QueryClientProvider } from "@tanstack/react-query"
import { lazy, Suspense } from "react"
import { Route, Routes } from "react-router"
import { DashboardPage } from "../features/account/DashboardPage"
import { ProfilePage } from "../features/account/ProfilePage"
import { useT } from "../lib/i18n"
import { AccountLayout } from "./AccountLayout"
import { PageNotFound } from "./NotFoundCard"
import { queryClient } from "./query-client"
import { Allowed } from "./SectionPage"

// Each section loads when first opened (the quote pages share their code with the
// quote link's); the dashboard and profile come with the account
// (docs/ARCHITECTURE.md, "Storefront portal").
const SECTION_ROUTES = {
  catalog: lazy(() => import("../features/catalog/CatalogRoutes")),
  quotes: lazy(() => import("../features/quote/member/MemberQuotesRoutes")),
  orders: lazy(() => import("../features/orders/OrdersRoutes")),
  invoices: lazy(() => import("../features/invoices/InvoicesRoutes")),
  supplier: lazy(() => import("../features/supplier/SupplierRoutes")),
}

/** Everything under /account, loaded on demand; React Query lives only here. */
export default function AccountRoutes() {
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route element={<AccountLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="profile" element={<ProfilePage />} />
          {Object.entries(SECTION_ROUTES).map(([path, SectionRoutes]) => (
            <Route
              key={path}
              path={`${path}/*`}
              element={
                <Allowed path={path as keyof typeof SECTION_ROUTES}>
                  <Suspense fallback={<SectionLoading />}>
                    <SectionRoutes />
                  </Suspense>
                </Allowed>
              }
            />
          ))}
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Routes>
    </QueryClientProvider>
  )
}

function SectionLoading() {
  const t = useT("common")
  return (
    <p className="loading" role="status">
      {t("status.loading")}
    </p>
  )
}
