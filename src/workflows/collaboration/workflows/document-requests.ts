import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MemberAccess } from "../../../shared/permissions"
import { storeFileStep } from "../../shared/steps/store-file"
import { untrackPrivateFilesStep } from "../../shared/steps/untrack-private-files"
import {
  assertUploadableStep,
  type CreateDocumentRequestInput,
  createDocumentRequestStep,
  loadDocumentRequestStep,
  markDocumentRequestDoneStep,
  setDocumentRequestStatusStep,
} from "../steps/document-requests"
import { checkDocumentFileStep, createDocumentStep, type DocumentUpload } from "../steps/documents"

/** Emitted once per request when a contact is done uploading; staff are alerted. */
export const DOCUMENTS_UPLOADED_EVENT = "portal.document_request.done"
/** Emitted when staff ask a company for documents; its contacts who may upload are emailed. */
export const DOCUMENTS_REQUESTED_EVENT = "portal.document_request.created"

/** Staff ask a company for named documents: a request and its checklist; the company hears. */
export const requestDocumentsWorkflow = createWorkflow(
  "portal-request-documents",
  (input: CreateDocumentRequestInput) => {
    const request = createDocumentRequestStep(input)
    emitEventStep({
      eventName: DOCUMENTS_REQUESTED_EVENT,
      data: transform({ request }, ({ request }) => ({ id: request.id })),
    })
    return new WorkflowResponse(request)
  }
)

/**
 * Marks the request done for the winner of any number of clicks at once, and tells staff
 * once; `skip` does neither.
 */
function finish(input: { id: string; company_id: string; customer_id: string; skip?: boolean }) {
  const done = markDocumentRequestDoneStep(input)
  when({ done }, ({ done }) => done.won).then(() => {
    emitEventStep({
      eventName: DOCUMENTS_UPLOADED_EVENT,
      data: transform({ done }, ({ done }) => ({ id: done.id })),
    })
  })
  return done
}

export type UploadRequestedDocumentInput = {
  access: MemberAccess
  request_id: string
  item_id: string
  file: DocumentUpload
  /** "I'm completely done uploading", ticked in the upload dialog. */
  done?: boolean
}

/**
 * A contact uploads a file against an item of an open request of their company
 * (docs/ARCHITECTURE.md, "Documents"): checked by its content before anything is stored,
 * kept as a tracked private file until its row holds it; with `done`, the request is then
 * done as if they pressed "Done uploading".
 */
export const uploadRequestedDocumentWorkflow = createWorkflow(
  "portal-upload-requested-document",
  (input: UploadRequestedDocumentInput) => {
    const request = loadDocumentRequestStep(
      transform({ input }, ({ input }) => ({
        id: input.request_id,
        company_id: input.access.company_id,
      }))
    )
    assertUploadableStep(
      transform({ request, input }, ({ request, input }) => ({ request, item_id: input.item_id }))
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
      transform({ input, checked, file }, ({ input, checked, file }) => ({
        company_id: input.access.company_id,
        title: checked.file_name,
        caption: null,
        file_name: checked.file_name,
        type: checked.type,
        size: checked.size,
        file_id: file.id,
        file_sha256: file.sha256,
        attached_to: "request_item" as const,
        attached_id: input.item_id,
        source: "contact" as const,
        added_by: input.access.customer_id,
      }))
    )
    untrackPrivateFilesStep(transform({ file }, ({ file }) => ({ file_ids: [file.id] })))
    finish(
      transform({ input }, ({ input }) => ({
        id: input.request_id,
        company_id: input.access.company_id,
        customer_id: input.access.customer_id,
        skip: !input.done,
      }))
    )
    return new WorkflowResponse(document)
  }
)

/**
 * "Done uploading": a contact tells staff the company has uploaded what was asked. Staff
 * are alerted once, however often and however many at once press it.
 */
export const finishDocumentRequestWorkflow = createWorkflow(
  "portal-finish-document-request",
  (input: { access: MemberAccess; request_id: string }) => {
    const request = loadDocumentRequestStep(
      transform({ input }, ({ input }) => ({
        id: input.request_id,
        company_id: input.access.company_id,
      }))
    )
    const done = finish(
      transform({ input, request }, ({ input, request }) => ({
        id: request.id,
        company_id: input.access.company_id,
        customer_id: input.access.customer_id,
      }))
    )
    return new WorkflowResponse(done)
  }
)

/** Staff close a request, or reopen it for more uploads. */
export const setDocumentRequestStatusWorkflow = createWorkflow(
  "portal-set-document-request-status",
  (input: { id: string; status: "open" | "closed" }) =>
    new WorkflowResponse(setDocumentRequestStatusStep(input))
)
