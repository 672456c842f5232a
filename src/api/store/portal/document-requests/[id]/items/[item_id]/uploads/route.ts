import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  StorePortalDocumentRequestResponse,
  StoreUploadPortalRequestedDocumentFields,
} from "../../../../../../../../shared/http"
import { uploadRequestedDocumentWorkflow } from "../../../../../../../../workflows/collaboration/workflows/document-requests"
import { fetchDocumentRequest } from "../../../../../../../admin/portal/documents/presenters"
import { uploadedFile } from "../../../../../../../utils/input-guard"
import { runWorkflow } from "../../../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../../../authorize-member"

type UploadRequest = MemberRequest<StoreUploadPortalRequestedDocumentFields> & {
  file?: { buffer: Buffer; originalname: string }
}

/**
 * Uploads a file for one item of an open request of the active company: multipart, the file
 * as `file`, `done: "true"` to say the company is done uploading (docs/ARCHITECTURE.md,
 * "Documents"). Checked by its content; a refusal stores nothing.
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<StorePortalDocumentRequestResponse>
) => {
  await runWorkflow(uploadRequestedDocumentWorkflow, req.scope, {
    access: req.access,
    request_id: req.params.id,
    item_id: req.params.item_id,
    done: req.validatedBody.done === "true",
    // No file: the workflow refuses it once it knows the request is the caller's to see.
    file: uploadedFile(req.file),
  })
  res.status(201).json({
    document_request: await fetchDocumentRequest(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id },
      "store"
    ),
  })
}
