import { z } from "@medusajs/framework/zod"
import {
  DOCUMENT_ATTACHMENTS,
  DOCUMENT_REQUEST_STATUSES,
  MAX_DOCUMENT_CAPTION_LENGTH,
  MAX_DOCUMENT_REQUEST_ITEMS,
  MAX_DOCUMENT_REQUEST_NOTE_LENGTH,
  MAX_DOCUMENT_TITLE_LENGTH,
} from "../../../../shared/documents"
import type {
  AdminCreatePortalDocumentRequestBody,
  AdminListPortalDocumentsParams,
  AdminSharePortalDocumentFields,
  AdminUpdatePortalDocumentRequestBody,
  ListPortalDocumentRequestsParams,
} from "../../../../shared/http"
import { pageParams } from "../../../utils/query-params"
import { calendarDate, longText as text, oneLineText as line } from "../../../utils/text-fields"
import { prefixedId } from "../../../utils/validate-params"
import type { AgreesWith, Assert } from "../../../utils/validator-contract"

/** A quote's or an order's id, or nothing: what a document may be attached to. */
const attachedId = z.string().regex(/^(quo|order)_[0-9A-Z]{26}$/, "must be a quote or order id")

/** `limit`, `offset`, and which documents: the company's own, a quote's or an order's. */
export const ListDocumentsParams = pageParams({
  attached_to: z.enum(DOCUMENT_ATTACHMENTS).optional(),
  attached_id: attachedId.optional(),
})
export type ListDocumentsParamsType = z.infer<typeof ListDocumentsParams>

export const DocumentParams = z.object({ id: prefixedId("pdoc") }).strict()

/**
 * The text fields of the multipart share (the file is the `file` part). Multipart bodies
 * skip the group's JSON checks, so text is checked here.
 */
export const AdminShareDocument = z
  .object({
    title: line(MAX_DOCUMENT_TITLE_LENGTH).optional(),
    caption: line(MAX_DOCUMENT_CAPTION_LENGTH).optional(),
    attached_to: z.enum(DOCUMENT_ATTACHMENTS).optional(),
    attached_id: attachedId.optional(),
  })
  .strict()
export type AdminShareDocumentType = z.infer<typeof AdminShareDocument>

export const DocumentRequestParams = z.object({ id: prefixedId("pdreq") }).strict()

/** `limit`, `offset` and a status. */
export const ListDocumentRequestsParams = pageParams({
  status: z.enum(DOCUMENT_REQUEST_STATUSES).optional(),
})
export type ListDocumentRequestsParamsType = z.infer<typeof ListDocumentRequestsParams>

/** Staff ask a company for documents: a title, a note, one to 50 named items. */
export const AdminCreateDocumentRequest = z
  .object({
    title: line(MAX_DOCUMENT_TITLE_LENGTH).pipe(z.string().min(1, "title is required")),
    note: text(MAX_DOCUMENT_REQUEST_NOTE_LENGTH).nullish(),
    items: z
      .array(
        z
          .object({
            name: line(MAX_DOCUMENT_TITLE_LENGTH).pipe(z.string().min(1, "name is required")),
            description: text(MAX_DOCUMENT_CAPTION_LENGTH).nullish(),
            due_date: calendarDate("due_date").nullish(),
          })
          .strict()
      )
      .min(1, "ask for at least one document")
      .max(MAX_DOCUMENT_REQUEST_ITEMS),
  })
  .strict()
export type AdminCreateDocumentRequestType = z.infer<typeof AdminCreateDocumentRequest>

export const AdminUpdateDocumentRequest = z.object({ status: z.enum(["open", "closed"]) }).strict()
export type AdminUpdateDocumentRequestType = z.infer<typeof AdminUpdateDocumentRequest>

/** The shared request types (src/shared/http/documents.ts) are these validators'. */
export type DocumentContract = [
  Assert<AgreesWith<AdminListPortalDocumentsParams, typeof ListDocumentsParams>>,
  Assert<AgreesWith<AdminSharePortalDocumentFields, typeof AdminShareDocument>>,
  Assert<AgreesWith<ListPortalDocumentRequestsParams, typeof ListDocumentRequestsParams>>,
  Assert<AgreesWith<AdminCreatePortalDocumentRequestBody, typeof AdminCreateDocumentRequest>>,
  Assert<AgreesWith<AdminUpdatePortalDocumentRequestBody, typeof AdminUpdateDocumentRequest>>,
]
