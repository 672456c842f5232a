import type { ReactNode } from "react"
import { Link } from "react-router"
import { useMe } from "../lib/data/me"
import { activeCompanyOf, mayOpen, mayUseCart, SECTIONS } from "./access"

/**
 * Shows `children` when the contact's teams at the active company grant the
 * section's permission, and says so otherwise (links in emails lead here, and
 * a company switch can take the permission away).
 */
export function Allowed({ path, children }: { path: string; children: ReactNode }) {
  const { data: me } = useMe()
  const section = SECTIONS.find((candidate) => candidate.path === path)!
  if (!me) return null
  if (mayOpen(me, section)) return <>{children}</>
  return (
    <section className="card" aria-labelledby="section-title">
      <h1 id="section-title">{section.label}</h1>
      <p>
        Your teams at {activeCompanyOf(me)?.name} do not allow you to see{" "}
        {section.label.toLowerCase()}. Ask your company&apos;s portal administrator.
      </p>
      <p>
        <Link to="/account">Back to the overview</Link>
      </p>
    </section>
  )
}

/** The cart's page, for a contact who may order or ask for quotes; said, not hidden, otherwise. */
export function CartAllowed({ children }: { children: ReactNode }) {
  const { data: me } = useMe()
  if (!me) return null
  if (mayUseCart(me)) return <>{children}</>
  return (
    <section className="card" aria-labelledby="cart-denied-title">
      <h1 id="cart-denied-title">Cart</h1>
      <p>
        Your teams at {activeCompanyOf(me)?.name} let you browse the catalog, not order from it. Ask
        your company&apos;s portal administrator.
      </p>
      <p>
        <Link to="/account/catalog">Back to the catalog</Link>
      </p>
    </section>
  )
}
