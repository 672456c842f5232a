import type { StorePortalMe } from "@shared/http/me"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useId, useState } from "react"
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router"
import { Layout } from "../components/Layout"
import { ErrorPage, LoadingPage } from "../components/StatusPages"
import { describeError } from "../lib/api"
import { LanguageProvider, pageLanguage, useT } from "../lib/i18n"
import { useMe } from "../lib/data/me"
import { activeCompany, isForbidden, isUnauthorized, onUnauthorized } from "../lib/member-api"
import { displayName, visibleSections } from "./access"
import { mayBeSignedIn, signInPath, signOut } from "./session"

/**
 * The signed-in frame at /account: who is signed in, the company they act
 * for (a switcher when they have several), the sections their permissions
 * there allow, and sign out. Any 401 sends the contact to sign in and back.
 */
export function AccountLayout() {
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const here = `${location.pathname}${location.search}`
  const t = useT("common")
  const [stored, setStored] = useState<boolean | null>(null)

  useEffect(() => {
    void mayBeSignedIn().then(setStored)
  }, [])

  useEffect(
    () =>
      onUnauthorized(() => {
        queryClient.clear()
        navigate(`${signInPath(here)}&reason=expired`, { replace: true })
      }),
    [navigate, queryClient, here]
  )

  if (stored === false) return <Navigate to={signInPath(here)} replace />
  return stored ? <SignedIn /> : <LoadingPage label={t("status.loading_account")} />
}

function SignedIn() {
  const me = useMe()
  const t = useT("common")
  if (me.isPending) return <LoadingPage label={t("status.loading_account")} />
  if (me.isError) {
    if (isUnauthorized(me.error)) return <LoadingPage label={t("status.loading_account")} />
    if (isForbidden(me.error)) return <NoAccess />
    return (
      <ErrorPage
        message={describeError(t, me.error)}
        onRetry={async () => void (await me.refetch())}
      />
    )
  }
  // The contact's language from here on: theirs, their company's, their browser's, the store's.
  return (
    <LanguageProvider language={pageLanguage(me.data.language)}>
      <SignedInFrame me={me.data} />
    </LanguageProvider>
  )
}

function SignedInFrame({ me }: { me: StorePortalMe }) {
  const t = useT("common")
  return (
    <Layout name={t("frame.client_portal")} branding={me.branding} aside={<AccountMenu me={me} />}>
      <nav className="account-nav" aria-label={t("account.nav")}>
        <ul>
          <li>
            <NavLink to="/account" end>
              {t("account.overview")}
            </NavLink>
          </li>
          {visibleSections(me).map((section) => (
            <li key={section.path}>
              <NavLink to={`/account/${section.path}`}>{t(`sections.${section.path}`)}</NavLink>
            </li>
          ))}
          <li>
            <NavLink to="/account/profile">{t("account.profile")}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </Layout>
  )
}

/** The company switcher (several companies only), the contact's name and sign out. */
function AccountMenu({ me }: { me: StorePortalMe }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const id = useId()
  const t = useT("common")
  const [leaving, setLeaving] = useState(false)

  const location = useLocation()

  const switchTo = async (companyId: string) => {
    activeCompany.set(companyId)
    // A quote, order, invoice, work request or conversation belongs to one company: back to
    // the other's overview.
    if (
      /^\/account\/(quotes|orders|invoices|work-requests|conversations|supplier\/[^/]+)\/./.test(
        location.pathname
      )
    ) {
      navigate("/account")
    }
    // Every member request now names the new company; nothing of the old one stays shown.
    await queryClient.resetQueries()
  }

  const leave = async () => {
    setLeaving(true)
    await signOut()
    queryClient.clear()
    navigate("/sign-in", { replace: true })
  }

  return (
    <div className="account-menu">
      {me.companies.length > 1 && (
        <div className="company-switcher">
          <label htmlFor={id}>{t("account.company")}</label>
          <select
            id={id}
            value={me.active_company_id}
            onChange={(event) => void switchTo(event.target.value)}
          >
            {me.companies.map((company) => (
              <option key={company.id} value={company.id}>
                {company.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <span className="account-name">{displayName(me)}</span>
      <button type="button" className="button small on-brand" onClick={leave} disabled={leaving}>
        {leaving ? t("account.signing_out") : t("account.sign_out")}
      </button>
    </div>
  )
}

/** Signed in, but no longer a contact of any company with portal access. */
function NoAccess() {
  const navigate = useNavigate()
  const t = useT("common")
  return (
    <Layout name={t("frame.client_portal")}>
      <section className="card status-card" role="alert">
        <h1>{t("account.no_access_title")}</h1>
        <p>{t("account.no_access_text")}</p>
        <button
          type="button"
          className="button primary"
          onClick={async () => {
            await signOut()
            navigate("/sign-in", { replace: true })
          }}
        >
          {t("account.sign_out")}
        </button>
      </section>
    </Layout>
  )
}
