import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPurchaseOrderPdf } from "../../presenters"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendPurchaseOrderPdf(res, req.scope, { id: req.params.id }, { audience: "staff" })
}
