import { QueryClientProvider } from "@tanstack/react-query"
import { lazy, Suspense } from "react"
import { Route, Routes } from "react-router"
import { DashboardPage } from "../features/account/DashboardPage"
import { ProfilePage } from "../features/account/ProfilePage"
import { AccountLayout } from "./AccountLayout"
import { PageNotFound } from "./NotFoundCard"
import { queryClient } from "./query-client"
import { Allowed } from "./SectionPage"

// Each section loads when first opened (the quote pages share their code with the
// quote link's); the dashboard and profile come with the account
// (docs/ARCHITECTURE.md, "Storefront portal").
const SECTION_ROUTES = {
  catalog: {
    label: "the catalog",
    Routes: lazy(() => import("../features/catalog/CatalogRoutes")),
  },
  quotes: {
    label: "quotes",
    Routes: lazy(() => import("../features/quote/member/MemberQuotesRoutes")),
  },
  orders: { label: "orders", Routes: lazy(() => import("../features/orders/OrdersRoutes")) },
  invoices: {
    label: "invoices",
    Routes: lazy(() => import("../features/invoices/InvoicesRoutes")),
  },
  supplier: {
    label: "the supplier pages",
    Routes: lazy(() => import("../features/supplier/SupplierRoutes")),
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
