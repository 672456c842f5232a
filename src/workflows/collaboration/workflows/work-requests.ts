import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberAccess } from "../../../shared/permissions"
import type { WorkRequestStatus } from "../../../shared/work-requests"
import { createQuoteWorkflow } from "../../quote/workflows/create-quote"
import { storeFileStep } from "../../shared/steps/store-file"
import { untrackPrivateFilesStep } from "../../shared/steps/untrack-private-files"
import { checkDocumentFileStep, type DocumentUpload } from "../steps/documents"
import {
  addWorkRequestMessageStep,
  assertWorkRequestRoomStep,
  assertWorkRequestWritableStep,
  createWorkRequestAttachmentStep,
  createWorkRequestStep,
  linkWorkRequestQuoteStep,
  loadWorkRequestStep,
  updateWorkRequestStep,
  workRequestQuoteInputStep,
} from "../steps/work-requests"

/** What work requests emit (docs/ARCHITECTURE.md, "Work requests"). */
export const WORK_REQUEST_EVENTS = {
  /** A contact submitted one: the `work_request_submitted` staff alert. */
  SUBMITTED: "portal.work_request.submitted",
  /** A message in a thread: a contact's alerts staff, staff's emails the company's contacts. */
  MESSAGE_CREATED: "portal.work_request.message_created",
} as const

export type SubmitWorkRequestInput = {
  access: MemberAccess
  subject: string
  description: string
  preferred_date?: string | null
}

/** A contact submits a work request for their active company; staff are alerted. */
export const submitWorkRequestWorkflow = createWorkflow(
  "portal-submit-work-request",
  (input: SubmitWorkRequestInput) => {
    const request = createWorkRequestStep(
      transform({ input }, ({ input }) => ({
        company_id: input.access.company_id,
        customer_id: input.access.customer_id,
        subject: input.subject,
        description: input.description,
        preferred_date: input.preferred_date,
      }))
    )
    emitEventStep({
      eventName: WORK_REQUEST_EVENTS.SUBMITTED,
      data: transform({ request }, ({ request }) => ({ id: request.id })),
    })
    return new WorkflowResponse(request)
  }
)

export type ReplyToWorkRequestInput = {
  request_id: string
  body: string
} & (
  | { author_type: "customer"; access: MemberAccess }
  | { author_type: "staff"; author_id: string; status?: WorkRequestStatus }
)

/**
 * A message in a request's thread. A contact writes only to their company's request while
 * it is not closed; staff write to any, and may set its status in the same step.
 */
export const replyToWorkRequestWorkflow = createWorkflow(
  "portal-reply-to-work-request",
  (input: ReplyToWorkRequestInput) => {
    const request = loadWorkRequestStep(
      transform({ input }, ({ input }) => ({
        id: input.request_id,
        company_id: input.author_type === "customer" ? input.access.company_id : undefined,
      }))
    )
    assertWorkRequestWritableStep(
      transform({ input, request }, ({ input, request }) => ({
        request,
        by: input.author_type === "customer" ? ("contact" as const) : ("staff" as const),
      }))
    )
    const message = addWorkRequestMessageStep(
      transform({ input }, ({ input }) =>
        input.author_type === "customer"
          ? {
              request_id: input.request_id,
              author_type: "customer" as const,
              author_id: input.access.customer_id,
              body: input.body,
            }
          : {
              request_id: input.request_id,
              author_type: "staff" as const,
              author_id: input.author_id,
              body: input.body,
              status: input.status,
            }
      )
    )
    emitEventStep({
      eventName: WORK_REQUEST_EVENTS.MESSAGE_CREATED,
      data: transform({ message, input }, ({ message, input }) => ({
        id: message.id,
        request_id: input.request_id,
        author_type: input.author_type,
      })),
    })
    return new WorkflowResponse(message)
  }
)

export type AttachWorkRequestFileInput = {
  request_id: string
  file: DocumentUpload
} & ({ source: "contact"; access: MemberAccess } | { source: "staff"; added_by: string })

/**
 * A file added to a request, by its contact (while it is not closed) or by staff: checked by
 * its content before anything is stored, kept as a tracked private file until its row holds
 * it, at most MAX_WORK_REQUEST_ATTACHMENTS per request.
 */
export const attachWorkRequestFileWorkflow = createWorkflow(
  "portal-attach-work-request-file",
  (input: AttachWorkRequestFileInput) => {
    const request = loadWorkRequestStep(
      transform({ input }, ({ input }) => ({
        id: input.request_id,
        company_id: input.source === "contact" ? input.access.company_id : undefined,
      }))
    )
    assertWorkRequestWritableStep(
      transform({ input, request }, ({ input, request }) => ({ request, by: input.source }))
    )
    assertWorkRequestRoomStep(request)
    const checked = checkDocumentFileStep(transform({ input }, ({ input }) => input.file))
    const file = storeFileStep(
      transform({ input, checked }, ({ input, checked }) => ({
        mime_type: checked.mime_type,
        content: input.file.content,
        track: { purpose: "document" as const },
      }))
    )
    const document = createWorkRequestAttachmentStep(
      transform({ input, checked, file, request }, ({ input, checked, file, request }) => ({
        company_id: request.company_id,
        title: checked.file_name,
        caption: null,
        file_name: checked.file_name,
        type: checked.type,
        size: checked.size,
        file_id: file.id,
        file_sha256: file.sha256,
        attached_to: "work_request" as const,
        attached_id: request.id,
        source: input.source,
        added_by: input.source === "contact" ? input.access.customer_id : input.added_by,
      }))
    )
    untrackPrivateFilesStep(transform({ file }, ({ file }) => ({ file_ids: [file.id] })))
    return new WorkflowResponse(document)
  }
)

/** Staff triage a request: its status and who works on it. */
export const updateWorkRequestWorkflow = createWorkflow(
  "portal-update-work-request",
  (input: { id: string; status?: WorkRequestStatus; assignee_id?: string | null }) =>
    new WorkflowResponse(updateWorkRequestStep(input))
)

/**
 * Staff turn a request into a draft quote with one click (docs/ARCHITECTURE.md, "Work
 * requests"): for the contact who asked, in the chosen or the store's default region, linked
 * from the request. Twice at once makes one quote: the loser's is rolled back (409).
 */
export const convertWorkRequestToQuoteWorkflow = createWorkflow(
  "portal-convert-work-request-to-quote",
  (input: { id: string; region_id?: string; actor_id: string }) => {
    const request = loadWorkRequestStep(transform({ input }, ({ input }) => ({ id: input.id })))
    const quoteInput = workRequestQuoteInputStep(
      transform({ input, request }, ({ input, request }) => ({
        request,
        region_id: input.region_id,
        actor_id: input.actor_id,
      }))
    )
    const quote = createQuoteWorkflow.runAsStep({ input: quoteInput })
    linkWorkRequestQuoteStep(
      transform({ request, quote }, ({ request, quote }) => ({ request, quote_id: quote.id }))
    )
    return new WorkflowResponse(quote)
  }
)
