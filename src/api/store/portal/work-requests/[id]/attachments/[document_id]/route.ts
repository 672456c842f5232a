import type { MedusaResponse } from "@medusajs/framework/http"
import { sendDocumentFile } from "../../../../../../admin/portal/documents/presenters"
import type { MemberRequest } from "../../../../authorize-member"

/** A file of one of the active company's requests (404 for anything else). */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  await sendDocumentFile(req.scope, res, {
    id: req.params.document_id,
    company_id: req.access.company_id,
    attached_to: "work_request",
    attached_id: req.params.id,
  })
}
