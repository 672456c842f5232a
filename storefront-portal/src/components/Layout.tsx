import type { StorePortalBranding } from "@shared/http/quotes"
import { createContext, useContext, useEffect, type ReactNode } from "react"
import { brandStyle } from "../lib/brand"
import { type Translate, useT } from "../lib/i18n"

/** The merchant's name for the tab titles of the pages inside a Layout. */
const PortalName = createContext<string | undefined>(undefined)

/** "Quote Q-1001 · Acme portal": the page first, then whose portal it is. */
const portalTitle = (t: Translate<"common">, page: string, merchant?: string) =>
  merchant ? t("frame.title", { page, merchant }) : t("frame.title_no_merchant", { page })

/**
 * The merchant's page: their name, logo and colour; never ours. `name` is
 * shown when no branding is known (the sign-in and account pages), `aside`
 * goes to the header's end (the account area's company and sign-out). Each
 * page names the tab (`title` here, or useTitle inside).
 */
export function Layout({
  branding,
  name,
  aside,
  title,
  children,
}: {
  branding?: StorePortalBranding
  name?: string
  aside?: ReactNode
  title?: string
  children: ReactNode
}) {
  const t = useT("common")
  useEffect(() => {
    if (title) document.title = portalTitle(t, title, branding?.name)
  }, [t, title, branding?.name])
  return (
    <PortalName.Provider value={branding?.name}>
      <div className="page" style={brandStyle(branding)}>
        <a className="skip-link" href="#main">
          {t("frame.skip")}
        </a>
        <header className="site-header">
          <div className="container header-row">
            {branding?.logo_url ? (
              <img className="logo" src={branding.logo_url} alt={branding.name} />
            ) : (
              <span className="brand-name">{branding?.name ?? name ?? t("frame.quote")}</span>
            )}
            {aside}
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
      </div>
    </PortalName.Provider>
  )
}

/** Names the browser tab after the page, inside a Layout: "Orders · Acme portal". */
export function useTitle(page: string) {
  const merchant = useContext(PortalName)
  const t = useT("common")
  useEffect(() => {
    document.title = portalTitle(t, page, merchant)
  }, [t, page, merchant])
}

/** useTitle for a branch of a page that has no component of its own (loading, not found). */
export function Title({ page }: { page: string }) {
  useTitle(page)
  return null
}
