import { QueryClientProvider } from "@tanstack/react-query"
import { lazy, Suspense } from "react"
import { Route, Routes } from "react-router"
import { NotAvailablePage } from "../../components/StatusPages"
import { AccountLayout } from "./AccountLayout"
import { SECTIONS } from "./access"
import { DashboardPage } from "./DashboardPage"
import { ProfilePage } from "./ProfilePage"
import { queryClient } from "./queries"
import { Allowed, SectionPage } from "./SectionPage"

// The quote pages share their code with the quote link's, loaded when first opened.
const MemberQuotesRoutes = lazy(() => import("./quotes/MemberQuotesRoutes"))

/** Everything under /account, loaded on demand; React Query lives only here. */
export default function AccountRoutes() {
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route element={<AccountLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route
            path="quotes/*"
            element={
              <Allowed path="quotes">
                <Suspense
                  fallback={
                    <p className="loading" role="status">
                      Loading quotes…
                    </p>
                  }
                >
                  <MemberQuotesRoutes />
                </Suspense>
              </Allowed>
            }
          />
          {SECTIONS.filter((section) => section.path !== "quotes").map((section) => (
            <Route
              key={section.path}
              path={`${section.path}/*`}
              element={<SectionPage path={section.path} />}
            />
          ))}
        </Route>
        <Route path="*" element={<NotAvailablePage />} />
      </Routes>
    </QueryClientProvider>
  )
}
