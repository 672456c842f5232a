import { can, type Permission } from "@shared/permissions"
import { NavLink } from "react-router"
import { accessOf } from "../../app/access"
import { useMe } from "../../lib/data/me"

/** The supplier section's pages and what each needs at the active company. */
export const SUPPLIER_PAGES: { path: string; label: string; permission: Permission }[] = [
  { path: "purchase-orders", label: "Purchase orders", permission: "purchase_orders.view" },
  { path: "bills", label: "Bills", permission: "supplier_bills.submit" },
]

/** Purchase orders | Bills, each only when the contact may open it (nothing for one page). */
export function SupplierNav() {
  const { data: me } = useMe()
  if (!me) return null
  const pages = SUPPLIER_PAGES.filter((page) => can(accessOf(me), page.permission))
  if (pages.length < 2) return null
  return (
    <nav className="account-nav sub-nav" aria-label="Supplier">
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <NavLink to={`/account/supplier/${page.path}`} end>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
