import type {
  DocumentAttachment,
  DocumentPlace,
  DocumentRequestStatus,
  DocumentType,
} from "../documents"
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
  /** Staff's places, or `request_item`: uploaded for an item of a document request. */
  attached_to: DocumentPlace
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

/** One document asked for, with what the company uploaded for it so far. */
export type StorePortalDocumentRequestItem = {
  id: string
  name: string
  description: string | null
  /** "YYYY-MM-DD", or none. */
  due_date: string | null
  uploads: StorePortalDocument[]
}

/**
 * Staff's request for named documents (docs/ARCHITECTURE.md, "Documents"): open for
 * uploads until a contact says "Done uploading" (done) or staff close it.
 */
export type StorePortalDocumentRequest = {
  id: string
  title: string
  note: string | null
  status: DocumentRequestStatus
  done_at: string | null
  created_at: string
  items: StorePortalDocumentRequestItem[]
}

export type AdminPortalDocumentRequest = StorePortalDocumentRequest & {
  company_id: string
  /** The customer who said "Done uploading". */
  done_by: string | null
  requested_by: string | null
}

export type StorePortalDocumentRequestResponse = { document_request: StorePortalDocumentRequest }
export type StorePortalDocumentRequestListResponse = PaginatedResponse<{
  document_requests: StorePortalDocumentRequest[]
}>
export type AdminPortalDocumentRequestResponse = { document_request: AdminPortalDocumentRequest }
export type AdminPortalDocumentRequestListResponse = PaginatedResponse<{
  document_requests: AdminPortalDocumentRequest[]
}>

export type ListPortalDocumentRequestsParams = {
  limit?: number
  offset?: number
  status?: DocumentRequestStatus
}

/** Staff ask a company for documents: a title, a note, and the checklist. */
export type AdminCreatePortalDocumentRequestBody = {
  title: string
  note?: string | null
  items: { name: string; description?: string | null; due_date?: string | null }[]
}

/** Staff close a request, or reopen it for more uploads. */
export type AdminUpdatePortalDocumentRequestBody = { status: "open" | "closed" }

/**
 * `POST /store/portal/document-requests/:id/items/:item_id/uploads` is multipart: the file
 * as `file`, and `done: "true"` when the contact ticked "I'm completely done uploading".
 */
export type StoreUploadPortalRequestedDocumentFields = { done?: "true" | "false" }

/** What "Done uploading" answers: the request as it now is. */
export type StorePortalDocumentRequestDoneResponse = StorePortalDocumentRequestResponse
