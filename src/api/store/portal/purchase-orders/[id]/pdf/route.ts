import type { MedusaResponse } from "@medusajs/framework/http"
import { sendPurchaseOrderPdf } from "../../../../../admin/portal/purchase-orders/presenters"
import type { MemberRequest } from "../../../authorize-member"

/** The purchase order as a PDF, for the active company's POs only (never a draft). */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  res.setHeader("Cache-Control", "no-store")
  await sendPurchaseOrderPdf(
    res,
    req.scope,
    { id: req.params.id, supplier_company_id: req.access.company_id },
    {
      audience: "supplier",
      reader: { customer_id: req.access.customer_id, company_id: req.access.company_id },
    }
  )
}
