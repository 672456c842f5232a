import { lazy, Suspense } from "react"
import { BrowserRouter, Route, Routes } from "react-router"
import { LoadingPage, NotAvailablePage } from "../components/StatusPages"
import { LanguageProvider, pageLanguage, useT } from "../lib/i18n"

// Each area loads its own code when first opened, so a quote link does not
// carry the account area and sign-in does not carry the quote page
// (scripts/report-size.mjs prints what each route loads first).
const QuoteLinkRoutes = lazy(() => import("../features/quote/link/QuoteLinkRoutes"))
const SignInPage = lazy(() => import("../features/auth/SignInPage"))
const ForgotPasswordPage = lazy(() => import("../features/auth/ForgotPasswordPage"))
const ResetPasswordPage = lazy(() => import("../features/auth/ResetPasswordPage"))
const AcceptInvitationPage = lazy(() => import("../features/auth/AcceptInvitationPage"))
const AccountRoutes = lazy(() => import("./AccountRoutes"))

/**
 * The app shell (docs/ARCHITECTURE.md, "Storefront portal"): the portal's
 * addresses and the area each opens. The account's client, session, access
 * and frame are in this folder too; the features import them, never each other.
 */
export function App() {
  return (
    <LanguageProvider language={pageLanguage()}>
      <BrowserRouter>
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/q/:token/*" element={<QuoteLinkRoutes />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/forgot-password" element={<ForgotPasswordPage />} />
            <Route path="/reset-password" element={<ResetPasswordPage />} />
            <Route path="/invite/:token" element={<AcceptInvitationPage />} />
            <Route path="/account/*" element={<AccountRoutes />} />
            <Route path="*" element={<NotAvailablePage />} />
          </Routes>
        </Suspense>
      </BrowserRouter>
    </LanguageProvider>
  )
}

function Loading() {
  const t = useT("common")
  return <LoadingPage label={t("status.loading")} />
}
