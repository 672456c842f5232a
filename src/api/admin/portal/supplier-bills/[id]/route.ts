import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchSupplierBill } from "../../../../utils/supplier-bill-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ supplier_bill: await fetchSupplierBill(req.scope, { id: req.params.id }, "staff") })
}
