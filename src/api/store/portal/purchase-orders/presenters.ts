import type { MedusaContainer } from "@medusajs/framework/types"
import { can, type MemberAccess } from "../../../../shared/permissions"
import type { StorePortalPurchaseOrder } from "../../../../shared/http"
import { purchaseOrderView } from "../../../admin/portal/purchase-orders/presenters"

/**
 * One purchase order of the active company as its supplier sees it
 * (docs/ARCHITECTURE.md, "Procurement"); another company's, a draft and an
 * unknown id are the same 404. `can_acknowledge` and `can_bill` say what this
 * contact may do now: the PO's status allows it and their teams grant it
 * (`purchase_orders.acknowledge`, `supplier_bills.submit`), as the routes check.
 */
export async function supplierPurchaseOrder(
  scope: MedusaContainer,
  access: MemberAccess,
  id: string
): Promise<StorePortalPurchaseOrder> {
  const view = await purchaseOrderView(
    scope,
    { id, supplier_company_id: access.company_id },
    { audience: "supplier" }
  )
  return {
    ...view,
    can_acknowledge: view.can_acknowledge && can(access, "purchase_orders.acknowledge"),
    can_bill: view.can_bill && can(access, "supplier_bills.submit"),
  }
}
