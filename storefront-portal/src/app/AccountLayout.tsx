import type { StorePortalMe } from "@shared/http/me"
import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useId, useState } from "react"
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from "react-router"
import { Layout } from "../components/Layout"
import { ErrorPage, LoadingPage } from "../components/StatusPages"
import { describeError } from "../lib/api"
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
  return stored ? <SignedIn /> : <LoadingPage label="Loading your account…" />
}

function SignedIn() {
  const me = useMe()
  if (me.isPending) return <LoadingPage label="Loading your account…" />
  if (me.isError) {
    if (isUnauthorized(me.error)) return <LoadingPage label="Loading your account…" />
    if (isForbidden(me.error)) return <NoAccess />
    return (
      <ErrorPage
        message={describeError(me.error)}
        onRetry={async () => void (await me.refetch())}
      />
    )
  }
  return (
    <Layout name="Client portal" branding={me.data.branding} aside={<AccountMenu me={me.data} />}>
      <nav className="account-nav" aria-label="Account">
        <ul>
          <li>
            <NavLink to="/account" end>
              Overview
            </NavLink>
          </li>
          {visibleSections(me.data).map((section) => (
            <li key={section.path}>
              <NavLink to={`/account/${section.path}`}>{section.label}</NavLink>
            </li>
          ))}
          <li>
            <NavLink to="/account/profile">Profile</NavLink>
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
  const [leaving, setLeaving] = useState(false)

  const location = useLocation()

  const switchTo = async (companyId: string) => {
    activeCompany.set(companyId)
    // A quote, order or invoice belongs to one company: back to the other's overview.
    if (/^\/account\/(quotes|orders|invoices|supplier\/[^/]+)\/./.test(location.pathname)) {
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
          <label htmlFor={id}>Company</label>
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
        {leaving ? "Signing out…" : "Sign out"}
      </button>
    </div>
  )
}

/** Signed in, but no longer a contact of any company with portal access. */
function NoAccess() {
  const navigate = useNavigate()
  return (
    <Layout name="Client portal">
      <section className="card status-card" role="alert">
        <h1>You have no portal access</h1>
        <p>
          Your login is not (or no longer) a contact of a company with portal access. Ask the
          company that invited you.
        </p>
        <button
          type="button"
          className="button primary"
          onClick={async () => {
            await signOut()
            navigate("/sign-in", { replace: true })
          }}
        >
          Sign out
        </button>
      </section>
    </Layout>
  )
}
