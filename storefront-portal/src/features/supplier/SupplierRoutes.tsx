import { can, type Permission } from "@shared/permissions"
import type { ReactNode } from "react"
import { Link, Navigate, Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { accessOf, activeCompanyOf } from "../../app/access"
import { useMe } from "../../lib/data/me"
import { BillsPage } from "./BillsPage"
import { PurchaseOrderPage } from "./PurchaseOrderPage"
import { PurchaseOrdersPage } from "./PurchaseOrdersPage"
import { SUPPLIER_PAGES } from "./SupplierNav"

/**
 * /account/supplier…, loaded on demand, for a supplier company's contacts: its
 * purchase orders (purchase_orders.view) and the bills it submits
 * (supplier_bills.submit). The section opens with either; each page needs its own.
 */
export default function SupplierRoutes() {
  const { data: me } = useMe()
  if (!me) return null
  const first = SUPPLIER_PAGES.find((page) => can(accessOf(me), page.permission))
  return (
    <Routes>
      <Route index element={<Navigate to={first?.path ?? "purchase-orders"} replace />} />
      <Route
        path="purchase-orders"
        element={
          <Needs permission="purchase_orders.view" what="purchase orders">
            <PurchaseOrdersPage />
          </Needs>
        }
      />
      <Route
        path="purchase-orders/:id"
        element={
          <Needs permission="purchase_orders.view" what="purchase orders">
            <PurchaseOrderPage />
          </Needs>
        }
      />
      <Route
        path="bills"
        element={
          <Needs permission="supplier_bills.submit" what="bills">
            <BillsPage />
          </Needs>
        }
      />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  )
}

/** A page of the section the contact's teams do not grant: said, not hidden (links in emails lead here). */
function Needs({
  permission,
  what,
  children,
}: {
  permission: Permission
  what: string
  children: ReactNode
}) {
  const { data: me } = useMe()
  if (!me) return null
  if (can(accessOf(me), permission)) return <>{children}</>
  return (
    <section className="card" aria-labelledby="supplier-denied-title">
      <h1 id="supplier-denied-title">Supplier</h1>
      <p>
        Your teams at {activeCompanyOf(me)?.name} do not allow you to see {what}. Ask your
        company&apos;s portal administrator.
      </p>
      <p>
        <Link to="/account/supplier">Back to the supplier pages</Link>
      </p>
    </section>
  )
}
