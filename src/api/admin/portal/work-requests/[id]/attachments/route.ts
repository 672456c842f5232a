import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPortalWorkRequestResponse } from "../../../../../../shared/http"
import { attachWorkRequestFileWorkflow } from "../../../../../../workflows/collaboration/workflows/work-requests"
import { uploadedFile } from "../../../../../utils/input-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import { fetchWorkRequest } from "../../presenters"

type UploadRequest = AuthenticatedMedusaRequest & {
  file?: { buffer: Buffer; originalname: string }
}

/**
 * Staff add a file to the request (a drawing, a photo of the job): multipart, the file as
 * `file`, checked by its content; a refusal stores nothing. It opens at
 * `/admin/portal/documents/:id/file`.
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<AdminPortalWorkRequestResponse>
) => {
  await runWorkflow(attachWorkRequestFileWorkflow, req.scope, {
    request_id: req.params.id,
    source: "staff",
    added_by: req.auth_context.actor_id,
    file: uploadedFile(req.file),
  })
  res
    .status(201)
    .json({ work_request: await fetchWorkRequest(req.scope, { id: req.params.id }, "admin") })
}
