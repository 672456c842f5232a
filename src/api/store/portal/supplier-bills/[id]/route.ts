import type { MedusaResponse } from "@medusajs/framework/http"
import { fetchSupplierBill } from "../../../../admin/portal/supplier-bills/presenters"
import type { StorePortalSupplierBillResponse } from "../../../../../shared/http"
import type { MemberRequest } from "../../authorize-member"

/** One bill of the active company; another company's is a 404. */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalSupplierBillResponse>
) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({
    supplier_bill: await fetchSupplierBill(
      req.scope,
      { id: req.params.id, supplier_company_id: req.access.company_id },
      "supplier"
    ),
  })
}
