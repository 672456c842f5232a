import type { StorePortalBranding } from "@shared/http/quotes"
import { useEffect, useState, type ReactNode } from "react"
import { Layout } from "../../components/Layout"
import { branding as brandingApi } from "../../lib/data/branding"
import { useT } from "../../lib/i18n"

/**
 * The frame of the sign-in pages: the merchant's header (the public
 * `GET /store/portal/branding`; the portal's name until it answers, or if it
 * cannot) and one card with the page's heading.
 */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  const tc = useT("common")
  const [branding, setBranding] = useState<StorePortalBranding>()
  useEffect(() => {
    let current = true
    brandingApi
      .get()
      .then((answer) => current && setBranding(answer))
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [])
  return (
    <Layout name={tc("frame.client_portal")} branding={branding} title={title}>
      <section className="card auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </Layout>
  )
}
