import { useEffect, type ReactNode } from "react"
import type { Branding } from "../lib/api"
import { brandStyle } from "../lib/brand"

/**
 * The merchant's page: their name, logo and colour; never ours. `name` is
 * shown when no branding is known (the sign-in and account pages), `aside`
 * goes to the header's end (the account area's company and sign-out). The
 * quote link's pages take the tab's title from the merchant (`brandTitle`);
 * the account's pages name themselves (useTitle).
 */
export function Layout({
  branding,
  name = "Quote",
  aside,
  brandTitle = true,
  children,
}: {
  branding?: Branding
  name?: string
  aside?: ReactNode
  brandTitle?: boolean
  children: ReactNode
}) {
  useEffect(() => {
    if (brandTitle && branding?.name) document.title = `Your quote from ${branding.name}`
  }, [brandTitle, branding?.name])
  return (
    <div className="page" style={brandStyle(branding)}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-row">
          {branding?.logo_url ? (
            <img className="logo" src={branding.logo_url} alt={branding.name} />
          ) : (
            <span className="brand-name">{branding?.name ?? name}</span>
          )}
          {aside}
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}

/** Sets the browser tab's title for a page. */
export function useTitle(title: string) {
  useEffect(() => {
    document.title = title
  }, [title])
}
