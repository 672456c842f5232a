import type { MedusaResponse } from "@medusajs/framework/http"
import type { QuoteLinkRequest } from "../../authorize-quote-link"
import { listBuyerInvoices } from "./buyer-invoice-view"

export const GET = async (req: QuoteLinkRequest, res: MedusaResponse) => {
  res.json({ invoices: await listBuyerInvoices(req.scope, req.access.quote_id) })
}
