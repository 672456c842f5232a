import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPurchaseOrderPdf } from "../../../../../utils/purchase-order-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendPurchaseOrderPdf(res, req.scope, { id: req.params.id }, { audience: "staff" })
}
