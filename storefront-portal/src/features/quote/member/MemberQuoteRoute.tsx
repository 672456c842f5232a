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
import { useT } from "../../../lib/i18n"

/**
 * `/account/quotes/:id` (the link in the contacts' emails): the company's quote
 * with the very page a quote link shows, acting as the signed-in contact, and
 * offering only what their teams allow.
 */
export function MemberQuoteRoute() {
  const { id = "" } = useParams()
  const { data: me } = useMe()
  const t = useT("quote")
  const tc = useT("common")
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
        <Title page={tc("frame.quote")} />
        {t("member.loading")}
      </p>
    )
  }
  if (state.kind === "gone") {
    return (
      <section className="card status-card">
        <Title page={t("member.not_available_page")} />
        <h1>{t("member.not_available_title")}</h1>
        <p>{t("member.not_available_text")}</p>
        <p>
          <Link to="/account/quotes">{t("member.all_quotes")}</Link>
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
        <Link to="/account/quotes">{t("member.back")}</Link>
      </p>
      <Outlet />
    </QuoteProvider>
  )
}
