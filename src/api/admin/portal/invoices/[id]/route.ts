import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchAdminInvoice } from "../query-config"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ invoice: await fetchAdminInvoice(req.scope, req.params.id, req.queryConfig.fields) })
}
