import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalDocumentRequestResponse } from "../../../../../shared/http"
import { fetchDocumentRequest } from "../../../../admin/portal/documents/presenters"
import type { MemberRequest } from "../../authorize-member"

/** One of the active company's document requests (404 for another company's). */
export const GET = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalDocumentRequestResponse>
) => {
  res.setHeader("Cache-Control", "no-store")
  res.json({
    document_request: await fetchDocumentRequest(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id },
      "store"
    ),
  })
}
