import { QueryClientProvider } from "@tanstack/react-query"
import { Route, Routes } from "react-router"
import { NotAvailablePage } from "../../components/StatusPages"
import { AccountLayout } from "./AccountLayout"
import { DashboardPage } from "./DashboardPage"
import { ProfilePage } from "./ProfilePage"
import { queryClient } from "./queries"
import { SECTIONS } from "./access"
import { SectionPage } from "./SectionPage"

/** Everything under /account, loaded on demand; React Query lives only here. */
export default function AccountRoutes() {
  return (
    <QueryClientProvider client={queryClient}>
      <Routes>
        <Route element={<AccountLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="profile" element={<ProfilePage />} />
          {SECTIONS.map((section) => (
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
