import { useEffect, type ReactNode } from "react"
import type { Branding } from "../lib/api"
import { brandStyle } from "../lib/brand"

/**
 * The merchant's page: their name, logo and colour; never ours. `name` is
 * shown when no branding is known (the sign-in and account pages), `aside`
 * goes to the header's end (the account area's company and sign-out).
 */
export function Layout({
  branding,
  name = "Quote",
  aside,
  children,
}: {
  branding?: Branding
  name?: string
  aside?: ReactNode
  children: ReactNode
}) {
  useEffect(() => {
    if (branding?.name) document.title = `Your quote from ${branding.name}`
  }, [branding?.name])
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
