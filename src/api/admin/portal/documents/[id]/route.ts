import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type {
  AdminPortalDocumentDeleteResponse,
  AdminPortalDocumentResponse,
} from "../../../../../shared/http"
import { deleteDocumentWorkflow } from "../../../../../workflows/collaboration/workflows/delete-document"
import { runWorkflow } from "../../../../utils/run-workflow"
import { fetchAdminDocument } from "../presenters"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalDocumentResponse>
) => {
  res.json({ document: await fetchAdminDocument(req.scope, req.params.id) })
}

/** Removes the document from the portal and deletes its file. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalDocumentDeleteResponse>
) => {
  const { id } = await runWorkflow(deleteDocumentWorkflow, req.scope, { id: req.params.id })
  res.json({ id, object: "document", deleted: true })
}
