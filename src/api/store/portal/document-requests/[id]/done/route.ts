import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalDocumentRequestDoneResponse } from "../../../../../../shared/http"
import { finishDocumentRequestWorkflow } from "../../../../../../workflows/collaboration/workflows/document-requests"
import { fetchDocumentRequest } from "../../../../../admin/portal/documents/presenters"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"

/**
 * "Done uploading": staff are told the company uploaded what was asked, once however often
 * it is pressed; a request already done answers as it is.
 */
export const POST = async (
  req: MemberRequest,
  res: MedusaResponse<StorePortalDocumentRequestDoneResponse>
) => {
  await runWorkflow(finishDocumentRequestWorkflow, req.scope, {
    access: req.access,
    request_id: req.params.id,
  })
  res.json({
    document_request: await fetchDocumentRequest(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id },
      "store"
    ),
  })
}
