import type { MedusaResponse } from "@medusajs/framework/http"
import {
  DOCUMENTS_PAGE_PLACES,
  sendDocumentFile,
} from "../../../../../admin/portal/documents/presenters"
import type { MemberRequest } from "../../../authorize-member"

/** One of the active company's documents, its file (404 for any other company's). */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  await sendDocumentFile(req.scope, res, {
    id: req.params.id,
    company_id: req.access.company_id,
    attached_to: DOCUMENTS_PAGE_PLACES,
  })
}
