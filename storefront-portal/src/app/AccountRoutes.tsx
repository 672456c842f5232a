import { QueryClientProvider } from "@tanstack/react-query"
import { lazy, Suspense } from "react"
import { Route, Routes } from "react-router"
import { AccountLayout } from "./AccountLayout"
import { DashboardPage } from "./DashboardPage"
import { PageNotFound } from "./NotFoundCard"
import { ProfilePage } from "./ProfilePage"
import { queryClient } from "./queries"
import { Allowed } from "./SectionPage"

// Each section loads when first opened (the quote pages share their code with the
// quote link's); the dashboard and profile come with the account
// (docs/ARCHITECTURE.md, "Storefront portal").
const SECTION_ROUTES = {
  catalog: { label: "the catalog", Routes: lazy(() => import("./catalog/CatalogRoutes")) },
  quotes: { label: "quotes", Routes: lazy(() => import("./quotes/MemberQuotesRoutes")) },
  orders: { label: "orders", Routes: lazy(() => import("./orders/OrdersRoutes")) },
  invoices: { label: "invoices", Routes: lazy(() => import("./invoices/InvoicesRoutes")) },
  supplier: {
    label: "the supplier pages",
    Routes: lazy(() => import("../supplier/SupplierRoutes")),
  },
}

/** Everything under /account, loaded on demand; React Query lives only here. */
export default function AccountRoutes() {
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route element={<AccountLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="profile" element={<ProfilePage />} />
          {Object.entries(SECTION_ROUTES).map(([path, { label, Routes: SectionRoutes }]) => (
            <Route
              key={path}
              path={`${path}/*`}
              element={
                <Allowed path={path}>
                  <Suspense
                    fallback={
                      <p className="loading" role="status">
                        Loading {label}…
                      </p>
                    }
                  >
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
