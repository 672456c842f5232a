import { useEffect, useMemo } from "react"
import { Outlet, useParams } from "react-router"
import { Layout } from "../../../components/Layout"
import { ErrorPage, LoadingPage, NotAvailablePage } from "../../../components/StatusPages"
import { quoteLinkApi } from "../../../lib/data/quote-links"
import { LanguageProvider, loadCatalog, pageLanguage, useLanguage } from "../../../lib/i18n"
import { QuoteProvider, useQuoteLoader } from "../quote-context"
import { OpenInPortal } from "./OpenInPortal"

/** Everything under /q/:token: loads the link once, then the page or the sign step. */
export function QuoteLinkRoute() {
  const { token = "" } = useParams()
  const api = useMemo(() => quoteLinkApi(token), [token])
  const { state, load, setView } = useQuoteLoader(api)
  // The quote page's words load while the quote does, so the page does not wait for them after.
  const language = useLanguage()
  useEffect(() => void loadCatalog(language, "quote"), [language])

  if (state.kind === "loading") return <LoadingPage />
  if (state.kind === "gone") return <NotAvailablePage />
  if (state.kind === "error") return <ErrorPage message={state.message} onRetry={load} />
  // The page is in the quote's language when one was chosen for it, else the browser's.
  return (
    <LanguageProvider language={pageLanguage(state.view.language)}>
      <Layout branding={state.view.branding}>
        <QuoteProvider
          api={api}
          home={`/q/${encodeURIComponent(token)}`}
          view={state.view}
          replaceView={setView}
          reload={load}
        >
          <OpenInPortal quote={state.view.quote} />
          <Outlet />
        </QuoteProvider>
      </Layout>
    </LanguageProvider>
  )
}
