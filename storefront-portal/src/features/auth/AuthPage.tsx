import type { ReactNode } from "react"
import { Layout, useTitle } from "../../components/Layout"

/** The frame of the sign-in pages: the portal's header and one card with the page's heading. */
export function AuthPage({ title, children }: { title: string; children: ReactNode }) {
  useTitle(`${title} · Client portal`)
  return (
    <Layout name="Client portal">
      <section className="card auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </Layout>
  )
}
