import { z } from "@medusajs/framework/zod"
import {
  DOCUMENT_ATTACHMENTS,
  MAX_DOCUMENT_CAPTION_LENGTH,
  MAX_DOCUMENT_TITLE_LENGTH,
} from "../../../../shared/documents"
import type {
  AdminListPortalDocumentsParams,
  AdminSharePortalDocumentFields,
} from "../../../../shared/http"
import { unsafeTextReason } from "../../../utils/input-guard"
import { pageParams } from "../../../utils/query-params"
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

/** Text that prints as one line: no control characters, nothing PostgreSQL refuses. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(
      (value) =>
        !unsafeTextReason(value) &&
        ![...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f),
      { message: "may not contain control characters" }
    )

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

/** The shared request types (src/shared/http/documents.ts) are these validators'. */
export type DocumentContract = [
  Assert<AgreesWith<AdminListPortalDocumentsParams, typeof ListDocumentsParams>>,
  Assert<AgreesWith<AdminSharePortalDocumentFields, typeof AdminShareDocument>>,
]
