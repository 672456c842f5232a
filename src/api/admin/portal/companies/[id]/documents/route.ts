import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type {
  AdminPortalDocumentListResponse,
  AdminPortalDocumentResponse,
} from "../../../../../../shared/http"
import { shareDocumentWorkflow } from "../../../../../../workflows/collaboration/workflows/share-document"
import { uploadedFile } from "../../../../../utils/input-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchAdminDocument, listDocuments } from "../../../documents/presenters"
import type { AdminShareDocumentType, ListDocumentsParamsType } from "../../../documents/validators"

/** The company's documents, newest first: shared by staff and uploaded by its contacts. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalDocumentListResponse>
) => {
  const { limit, offset, attached_to, attached_id } = req.validatedQuery as ListDocumentsParamsType
  res.json(
    await listDocuments(
      req.scope,
      { company_id: req.params.id, attached_to, attached_id },
      { limit, offset },
      "admin"
    )
  )
}

type UploadRequest = AuthenticatedMedusaRequest<AdminShareDocumentType> & {
  file?: { buffer: Buffer; originalname: string }
}

/**
 * Shares a file with the company, or attaches it to one of its quotes or orders: multipart,
 * the file as `file`, with `title`, `caption`, `attached_to` and `attached_id` (docs/
 * ARCHITECTURE.md, "Documents"). The file is checked by its content; a refusal stores nothing.
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<AdminPortalDocumentResponse>
) => {
  const { id } = await runWorkflow(shareDocumentWorkflow, req.scope, {
    company_id: req.params.id,
    ...req.validatedBody,
    user_id: req.auth_context.actor_id,
    file: uploadedFile(req.file),
  })
  res.status(201).json({ document: await fetchAdminDocument(req.scope, id) })
}
