import { Outlet, useParams } from "react-router"
import { Layout } from "../components/Layout"
import { QuoteLinkProvider, useQuoteLinkLoader } from "../lib/quote-link"
import { ErrorPage, LoadingPage, NotAvailablePage } from "./StatusPages"

/** Everything under /q/:token: loads the link once, then the page or the sign step. */
export function QuoteLinkRoute() {
  const { token = "" } = useParams()
  const { state, load, setView } = useQuoteLinkLoader(token)

  if (state.kind === "loading") return <LoadingPage />
  if (state.kind === "gone") return <NotAvailablePage />
  if (state.kind === "error") return <ErrorPage message={state.message} onRetry={load} />
  return (
    <Layout branding={state.view.branding}>
      <QuoteLinkProvider token={token} view={state.view} replaceView={setView} reload={load}>
        <Outlet />
      </QuoteLinkProvider>
    </Layout>
  )
}
