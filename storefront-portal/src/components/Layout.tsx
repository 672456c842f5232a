import { useEffect, type ReactNode } from "react"
import type { Branding } from "../lib/api"
import { brandStyle } from "../lib/brand"

/** The merchant's page: their name, logo and colour; never ours. */
export function Layout({ branding, children }: { branding?: Branding; children: ReactNode }) {
  useEffect(() => {
    if (branding?.name) document.title = `Your quote from ${branding.name}`
  }, [branding?.name])
  return (
    <div className="page" style={brandStyle(branding)}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container">
          {branding?.logo_url ? (
            <img className="logo" src={branding.logo_url} alt={branding.name} />
          ) : (
            <span className="brand-name">{branding?.name ?? "Quote"}</span>
          )}
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
