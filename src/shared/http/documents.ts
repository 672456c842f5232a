import type { DocumentAttachment, DocumentType } from "../documents"
import type { DeleteResponse, PaginatedResponse } from "./common"

/**
 * Documents shared with a company (docs/ARCHITECTURE.md, "Documents"): what staff and the
 * company's contacts read of one. The file itself is fetched from its own route.
 */
export type StorePortalDocument = {
  id: string
  title: string
  caption: string | null
  file_name: string
  type: DocumentType
  /** The media type the file is served as. */
  mime_type: string
  size: number
  /** Whether a browser shows it inline (PDF, images); the rest download. */
  previewable: boolean
  /** Whether a gallery shows it as a picture. */
  picture: boolean
  attached_to: DocumentAttachment
  attached_id: string | null
  source: "staff" | "contact"
  created_at: string
}

export type AdminPortalDocument = StorePortalDocument & {
  company_id: string
  /** The admin user or customer who added it. */
  added_by: string | null
}

export type StorePortalDocumentListResponse = PaginatedResponse<{
  documents: StorePortalDocument[]
}>
export type AdminPortalDocumentListResponse = PaginatedResponse<{
  documents: AdminPortalDocument[]
}>
export type AdminPortalDocumentResponse = { document: AdminPortalDocument }
export type AdminPortalDocumentDeleteResponse = DeleteResponse<"document">

export type StoreListPortalDocumentsParams = {
  limit?: number
  offset?: number
  /** Only those attached to the company itself, or to its quotes or orders. */
  attached_to?: DocumentAttachment
  /** Only those of one quote or order. */
  attached_id?: string
}
export type AdminListPortalDocumentsParams = StoreListPortalDocumentsParams

/**
 * `POST /admin/portal/companies/:id/documents` is multipart: the file as `file` and these
 * fields.
 */
export type AdminSharePortalDocumentFields = {
  title?: string
  caption?: string
  attached_to?: DocumentAttachment
  attached_id?: string
}
