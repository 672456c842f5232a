import { can } from "@shared/permissions"
import { useQueryClient } from "@tanstack/react-query"
import { useMemo } from "react"
import { Link, Outlet, useParams } from "react-router"
import { Title } from "../../../components/Layout"
import { ErrorCard } from "../../../components/StatusPages"
import { QuoteProvider, useQuoteLoader } from "../quote-context"
import { accessOf } from "../../../app/access"
import { useMe } from "../../../lib/data/me"
import { memberQuoteApi } from "../../../lib/data/quotes"

/**
 * `/account/quotes/:id` (the link in the contacts' emails): the company's quote
 * with the very page a quote link shows, acting as the signed-in contact, and
 * offering only what their teams allow.
 */
export function MemberQuoteRoute() {
  const { id = "" } = useParams()
  const { data: me } = useMe()
  const queryClient = useQueryClient()
  const api = useMemo(() => memberQuoteApi(id, queryClient), [id, queryClient])
  const { state, load, setView } = useQuoteLoader(api)
  const may = useMemo(() => {
    const access = me ? accessOf(me) : null
    return {
      accept: !!access && can(access, "quotes.accept"),
      ask: !!access && can(access, "messages.write"),
      pay: !!access && can(access, "invoices.pay"),
    }
  }, [me])
  if (state.kind === "loading") {
    return (
      <p className="loading" role="status">
        <Title page="Quote" />
        Loading the quote…
      </p>
    )
  }
  if (state.kind === "gone") {
    return (
      <section className="card status-card">
        <Title page="Quote not available" />
        <h1>This quote is not available</h1>
        <p>
          It may belong to another of your companies (switch company above), or it is no longer
          shared with you.
        </p>
        <p>
          <Link to="/account/quotes">All quotes</Link>
        </p>
      </section>
    )
  }
  if (state.kind === "error") return <ErrorCard message={state.message} onRetry={load} />
  return (
    <QuoteProvider
      api={api}
      home={`/account/quotes/${encodeURIComponent(id)}`}
      may={may}
      view={state.view}
      replaceView={setView}
      reload={load}
    >
      <p className="back-link">
        <Link to="/account/quotes">← All quotes</Link>
      </p>
      <Outlet />
    </QuoteProvider>
  )
}
