import type { MedusaContainer } from "@medusajs/framework/types"
import type { MemberAccess } from "../../../../shared/permissions"
import { purchaseOrderView } from "../../../utils/purchase-order-view"

/**
 * One purchase order of the active company as its supplier sees it
 * (docs/ARCHITECTURE.md, "Procurement"); another company's, a draft and an
 * unknown id are the same 404.
 */
export const supplierPurchaseOrder = (scope: MedusaContainer, access: MemberAccess, id: string) =>
  purchaseOrderView(scope, { id, supplier_company_id: access.company_id }, { audience: "supplier" })
