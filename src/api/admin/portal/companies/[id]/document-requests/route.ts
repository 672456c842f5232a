import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type {
  AdminPortalDocumentRequestListResponse,
  AdminPortalDocumentRequestResponse,
} from "../../../../../../shared/http"
import { requestDocumentsWorkflow } from "../../../../../../workflows/collaboration/workflows/document-requests"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchDocumentRequest, listDocumentRequests } from "../../../documents/presenters"
import type {
  AdminCreateDocumentRequestType,
  ListDocumentRequestsParamsType,
} from "../../../documents/validators"

/** The company's document requests, newest first, with what was uploaded for each item. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalDocumentRequestListResponse>
) => {
  const { limit, offset, status } = req.validatedQuery as ListDocumentRequestsParamsType
  res.json(
    await listDocumentRequests(
      req.scope,
      { company_id: req.params.id, status },
      { limit, offset },
      "admin"
    )
  )
}

/** Asks the company for named documents (docs/ARCHITECTURE.md, "Documents"). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateDocumentRequestType>,
  res: MedusaResponse<AdminPortalDocumentRequestResponse>
) => {
  const { id } = await runWorkflow(requestDocumentsWorkflow, req.scope, {
    company_id: req.params.id,
    ...req.validatedBody,
    requested_by: req.auth_context.actor_id,
  })
  res.status(201).json({ document_request: await fetchDocumentRequest(req.scope, { id }, "admin") })
}
