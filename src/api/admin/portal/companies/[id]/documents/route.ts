import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type {
  AdminPortalDocumentListResponse,
  AdminPortalDocumentResponse,
} from "../../../../../../shared/http"
import { shareDocumentWorkflow } from "../../../../../../workflows/collaboration/workflows/share-document"
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
  if (!req.file?.buffer?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Upload the file as the multipart field `file`"
    )
  }
  const { id } = await runWorkflow(shareDocumentWorkflow, req.scope, {
    company_id: req.params.id,
    ...req.validatedBody,
    user_id: req.auth_context.actor_id,
    // Multer reads the part's name as latin1; a browser sends it as UTF-8.
    file: {
      file_name: Buffer.from(req.file.originalname ?? "", "latin1").toString("utf8"),
      content: req.file.buffer.toString("base64"),
    },
  })
  res.status(201).json({ document: await fetchAdminDocument(req.scope, id) })
}
