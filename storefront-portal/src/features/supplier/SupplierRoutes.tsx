import { can, type Permission } from "@shared/permissions"
import type { ReactNode } from "react"
import { Link, Navigate, Route, Routes } from "react-router"
import { PageNotFound } from "../../app/NotFoundCard"
import { accessOf, activeCompanyOf } from "../../app/access"
import { useMe } from "../../lib/data/me"
import { useT } from "../../lib/i18n"
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
          <Needs permission="purchase_orders.view" denied="denied.purchase_orders">
            <PurchaseOrdersPage />
          </Needs>
        }
      />
      <Route
        path="purchase-orders/:id"
        element={
          <Needs permission="purchase_orders.view" denied="denied.purchase_orders">
            <PurchaseOrderPage />
          </Needs>
        }
      />
      <Route
        path="bills"
        element={
          <Needs permission="supplier_bills.submit" denied="denied.bills">
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
  denied,
  children,
}: {
  permission: Permission
  /** What the page's refusal says: "… do not allow you to see purchase orders." */
  denied: "denied.purchase_orders" | "denied.bills"
  children: ReactNode
}) {
  const t = useT("supplier")
  const tc = useT("common")
  const { data: me } = useMe()
  if (!me) return null
  if (can(accessOf(me), permission)) return <>{children}</>
  return (
    <section className="card" aria-labelledby="supplier-denied-title">
      <h1 id="supplier-denied-title">{tc("sections.supplier")}</h1>
      <p>{t(denied, { company: activeCompanyOf(me)?.name ?? "" })}</p>
      <p>
        <Link to="/account/supplier">{t("denied.back")}</Link>
      </p>
    </section>
  )
}
