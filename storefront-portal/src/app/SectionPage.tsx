import type { ReactNode } from "react"
import { Link } from "react-router"
import { useMe } from "../lib/data/me"
import { useT } from "../lib/i18n"
import { activeCompanyOf, mayOpen, mayUseCart, type Section, SECTIONS } from "./access"

/**
 * Shows `children` when the contact's teams at the active company grant the
 * section's permission, and says so otherwise (links in emails lead here, and
 * a company switch can take the permission away).
 */
export function Allowed({ path, children }: { path: Section["path"]; children: ReactNode }) {
  const { data: me } = useMe()
  const t = useT("common")
  const section = SECTIONS.find((candidate) => candidate.path === path)!
  if (!me) return null
  if (mayOpen(me, section)) return <>{children}</>
  return (
    <section className="card" aria-labelledby="section-title">
      <h1 id="section-title">{t(`sections.${section.path}`)}</h1>
      <p>{t("account.section_denied", { company: activeCompanyOf(me)?.name ?? "" })}</p>
      <p>
        <Link to="/account">{t("record.back_to_overview")}</Link>
      </p>
    </section>
  )
}

/** The cart's page, for a contact who may order or ask for quotes; said, not hidden, otherwise. */
export function CartAllowed({ children }: { children: ReactNode }) {
  const { data: me } = useMe()
  const t = useT("common")
  if (!me) return null
  if (mayUseCart(me)) return <>{children}</>
  return (
    <section className="card" aria-labelledby="cart-denied-title">
      <h1 id="cart-denied-title">{t("account.cart")}</h1>
      <p>{t("account.cart_denied", { company: activeCompanyOf(me)?.name ?? "" })}</p>
      <p>
        <Link to="/account/catalog">{t("record.back_to_catalog")}</Link>
      </p>
    </section>
  )
}
