import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalSupplierBillResponse } from "../../../../../shared/http"
import { fetchSupplierBill } from "../presenters"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalSupplierBillResponse>
) => {
  res.json({ supplier_bill: await fetchSupplierBill(req.scope, { id: req.params.id }, "staff") })
}
