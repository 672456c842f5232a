import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DocumentAttachment } from "../../../shared/documents"
import { storeFileStep } from "../../shared/steps/store-file"
import { untrackPrivateFilesStep } from "../../shared/steps/untrack-private-files"
import {
  assertDocumentPlaceStep,
  checkDocumentFileStep,
  createDocumentStep,
  type DocumentUpload,
} from "../steps/documents"

export type ShareDocumentInput = {
  company_id: string
  title?: string | null
  caption?: string | null
  attached_to?: DocumentAttachment
  attached_id?: string | null
  /** The admin user sharing it. */
  user_id: string
  file: DocumentUpload
}

/**
 * Staff share a file with a company, or attach it to one of its quotes or orders
 * (docs/ARCHITECTURE.md, "Documents"). The file is checked by its content before anything
 * is stored and kept as a tracked private file until its row holds it, so a refusal, a
 * failure or a dead process leaves nothing behind.
 */
export const shareDocumentWorkflow = createWorkflow(
  "portal-share-document",
  (input: ShareDocumentInput) => {
    const place = assertDocumentPlaceStep(
      transform({ input }, ({ input }) => ({
        company_id: input.company_id,
        attached_to: input.attached_to ?? ("company" as const),
        attached_id: input.attached_id ?? null,
      }))
    )
    const checked = checkDocumentFileStep(transform({ input }, ({ input }) => input.file))
    const file = storeFileStep(
      transform({ input, checked }, ({ input, checked }) => ({
        mime_type: checked.mime_type,
        content: input.file.content,
        track: { purpose: "document" as const },
      }))
    )
    const document = createDocumentStep(
      transform({ input, place, checked, file }, ({ input, place, checked, file }) => ({
        company_id: place.company_id,
        title: input.title?.trim() || checked.file_name,
        caption: input.caption?.trim() || null,
        file_name: checked.file_name,
        type: checked.type,
        size: checked.size,
        file_id: file.id,
        file_sha256: file.sha256,
        attached_to: place.attached_to,
        attached_id: place.attached_id ?? null,
        source: "staff" as const,
        added_by: input.user_id,
      }))
    )
    untrackPrivateFilesStep(transform({ file }, ({ file }) => ({ file_ids: [file.id] })))
    return new WorkflowResponse(document)
  }
)
