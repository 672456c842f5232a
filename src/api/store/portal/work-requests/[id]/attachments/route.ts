import type { MedusaResponse } from "@medusajs/framework/http"
import type { StorePortalWorkRequestResponse } from "../../../../../../shared/http"
import { attachWorkRequestFileWorkflow } from "../../../../../../workflows/collaboration/workflows/work-requests"
import { fetchWorkRequest } from "../../../../../admin/portal/work-requests/presenters"
import { uploadedFile } from "../../../../../utils/input-guard"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type { MemberRequest } from "../../../authorize-member"

type UploadRequest = MemberRequest & { file?: { buffer: Buffer; originalname: string } }

/**
 * Adds a file to one of the active company's open requests: multipart, the file as `file`,
 * checked by its content; a refusal stores nothing (docs/ARCHITECTURE.md, "Work requests").
 */
export const POST = async (
  req: UploadRequest,
  res: MedusaResponse<StorePortalWorkRequestResponse>
) => {
  await runWorkflow(attachWorkRequestFileWorkflow, req.scope, {
    request_id: req.params.id,
    source: "contact",
    access: req.access,
    // No file: the workflow refuses it once it knows the request is the caller's to see.
    file: uploadedFile(req.file),
  })
  res.status(201).json({
    work_request: await fetchWorkRequest(
      req.scope,
      { id: req.params.id, company_id: req.access.company_id, access: req.access },
      "store"
    ),
  })
}
