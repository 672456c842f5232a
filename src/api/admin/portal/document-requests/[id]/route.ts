import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalDocumentRequestResponse } from "../../../../../shared/http"
import { setDocumentRequestStatusWorkflow } from "../../../../../workflows/collaboration/workflows/document-requests"
import { runWorkflow } from "../../../../utils/run-workflow"
import { fetchDocumentRequest } from "../../documents/presenters"
import type { AdminUpdateDocumentRequestType } from "../../documents/validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalDocumentRequestResponse>
) => {
  res.json({
    document_request: await fetchDocumentRequest(req.scope, { id: req.params.id }, "admin"),
  })
}

/** Closes the request, or reopens it for more uploads. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDocumentRequestType>,
  res: MedusaResponse<AdminPortalDocumentRequestResponse>
) => {
  await runWorkflow(setDocumentRequestStatusWorkflow, req.scope, {
    id: req.params.id,
    status: req.validatedBody.status,
  })
  res.json({
    document_request: await fetchDocumentRequest(req.scope, { id: req.params.id }, "admin"),
  })
}
