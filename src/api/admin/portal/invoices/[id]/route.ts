import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fetchAdminInvoice } from "../presenters"
import type { AdminPortalInvoiceResponse } from "../../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalInvoiceResponse>
) => {
  res.json({ invoice: await fetchAdminInvoice(req.scope, req.params.id, req.queryConfig.fields) })
}
