import { QueryClientProvider } from "@tanstack/react-query"
import { lazy, type ReactNode, Suspense } from "react"
import { Link, Route, Routes } from "react-router"
import { DashboardPage } from "../features/account/DashboardPage"
import { ProfilePage } from "../features/account/ProfilePage"
import { useMe } from "../lib/data/me"
import { useT } from "../lib/i18n"
import { isOffered, type Section, sectionOf } from "./access"
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
  documents: lazy(() => import("../features/documents/DocumentsRoutes")),
  "work-requests": lazy(() => import("../features/work-requests/WorkRequestsRoutes")),
  conversations: lazy(() => import("../features/conversations/ConversationsRoutes")),
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
                <Offered path={path as keyof typeof SECTION_ROUTES}>
                  <Allowed path={path as keyof typeof SECTION_ROUTES}>
                    <Suspense fallback={<SectionLoading />}>
                      <SectionRoutes />
                    </Suspense>
                  </Allowed>
                </Offered>
              }
            />
          ))}
          <Route path="*" element={<PageNotFound />} />
        </Route>
      </Routes>
    </QueryClientProvider>
  )
}

/**
 * A section of an optional feature the merchant has turned off (a link kept from before)
 * says so, rather than that the contact's teams do not allow it.
 */
function Offered({ path, children }: { path: Section["path"]; children: ReactNode }) {
  const { data: me } = useMe()
  const t = useT("common")
  if (!me || isOffered(me, sectionOf(path))) return <>{children}</>
  return (
    <section className="card" aria-labelledby="section-title">
      <h1 id="section-title">{t(`sections.${path}`)}</h1>
      <p>{t("account.section_off")}</p>
      <p>
        <Link to="/account">{t("record.back_to_overview")}</Link>
      </p>
    </section>
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
