import type { MedusaResponse } from "@medusajs/framework/http"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import { listBuyerInvoices } from "./presenters"
import type { StorePortalQuoteInvoiceListResponse } from "../../../../../../shared/http"

export const GET = async (
  req: QuoteLinkRequest,
  res: MedusaResponse<StorePortalQuoteInvoiceListResponse>
) => {
  res.json({ invoices: await listBuyerInvoices(req.scope, req.access.quote_id) })
}
