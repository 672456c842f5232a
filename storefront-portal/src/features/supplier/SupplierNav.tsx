import { can, type Permission } from "@shared/permissions"
import { NavLink } from "react-router"
import { accessOf } from "../../app/access"
import { useMe } from "../../lib/data/me"
import { useT } from "../../lib/i18n"

/** The supplier section's pages and what each needs at the active company. */
export const SUPPLIER_PAGES: {
  path: "purchase-orders" | "bills"
  label: "nav.purchase_orders" | "nav.bills"
  permission: Permission
}[] = [
  { path: "purchase-orders", label: "nav.purchase_orders", permission: "purchase_orders.view" },
  { path: "bills", label: "nav.bills", permission: "supplier_bills.submit" },
]

/** Purchase orders | Bills, each only when the contact may open it (nothing for one page). */
export function SupplierNav() {
  const t = useT("supplier")
  const tc = useT("common")
  const { data: me } = useMe()
  if (!me) return null
  const pages = SUPPLIER_PAGES.filter((page) => can(accessOf(me), page.permission))
  if (pages.length < 2) return null
  return (
    <nav className="account-nav sub-nav" aria-label={tc("sections.supplier")}>
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <NavLink to={`/account/supplier/${page.path}`} end>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
