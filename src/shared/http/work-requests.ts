import type { WorkRequestStatus } from "../work-requests"
import type { PaginatedResponse, PortalQuoteRef } from "./common"
import type { AdminPortalDocument, StorePortalDocument } from "./documents"

/** One message of a work request's thread (docs/ARCHITECTURE.md, "Work requests"). */
export type PortalWorkRequestMessage = {
  id: string
  author_type: "customer" | "staff"
  /** The contact's or the staff member's name as the other side reads it. */
  author_name: string | null
  body: string
  created_at: string
}

/** What a list shows of a request. */
export type StorePortalWorkRequestSummary = {
  id: string
  /** "WR-1001". */
  number: string
  subject: string
  status: WorkRequestStatus
  /** "YYYY-MM-DD", or none. */
  preferred_date: string | null
  created_at: string
  updated_at: string
  /** When the last message was written, or the request itself. */
  last_activity_at: string
  message_count: number
}

/**
 * A request as its company's contacts read it: the thread, the files, and the quote staff
 * made of it once the quote is sent (a draft is the merchant's own).
 */
export type StorePortalWorkRequest = StorePortalWorkRequestSummary & {
  description: string
  /** The contact who submitted it. */
  submitted_by: { id: string; name: string | null } | null
  closed_at: string | null
  messages: PortalWorkRequestMessage[]
  attachments: StorePortalDocument[]
  quote: (PortalQuoteRef & { status: string }) | null
}

export type AdminPortalWorkRequestSummary = StorePortalWorkRequestSummary & {
  company: { id: string; name: string }
  assignee_id: string | null
  quote_id: string | null
}

export type AdminPortalWorkRequest = Omit<StorePortalWorkRequest, "attachments" | "quote"> &
  AdminPortalWorkRequestSummary & {
    submitted_by: { id: string; name: string | null; email: string } | null
    attachments: AdminPortalDocument[]
    /** The quote made of it, whatever its status. */
    quote: (PortalQuoteRef & { status: string }) | null
  }

export type StorePortalWorkRequestListResponse = PaginatedResponse<{
  work_requests: StorePortalWorkRequestSummary[]
}>
export type StorePortalWorkRequestResponse = { work_request: StorePortalWorkRequest }
export type AdminPortalWorkRequestListResponse = PaginatedResponse<{
  work_requests: AdminPortalWorkRequestSummary[]
}>
export type AdminPortalWorkRequestResponse = { work_request: AdminPortalWorkRequest }

export type StoreListPortalWorkRequestsParams = {
  limit?: number
  offset?: number
  /** `open`: new, in progress or waiting on the client. */
  status?: WorkRequestStatus | "open"
}

export type AdminListPortalWorkRequestsParams = StoreListPortalWorkRequestsParams & {
  company_id?: string
  /** An admin user's id, or `none` for unassigned requests. */
  assignee_id?: string
  /** Finds by number ("WR-1001" or 1001) or words of the subject. */
  q?: string
}

/** A contact submits a request; files follow, one upload each, to its attachments route. */
export type StoreCreatePortalWorkRequestBody = {
  subject: string
  description: string
  /** "YYYY-MM-DD", today or later. */
  preferred_date?: string | null
}

/** A reply in the thread: from a contact, or from staff. */
export type PortalWorkRequestMessageBody = { body: string }

/** Staff answer and, in the same step, may set where the request is ("waiting on client"). */
export type AdminPortalWorkRequestMessageBody = PortalWorkRequestMessageBody & {
  status?: WorkRequestStatus
}

/** Staff triage: the status, the admin user it is assigned to (null: nobody). */
export type AdminUpdatePortalWorkRequestBody = {
  status?: WorkRequestStatus
  assignee_id?: string | null
}

/** Staff turn a request into a draft quote for its contact; the request links to it. */
export type AdminConvertPortalWorkRequestBody = {
  /** The quote's region; by default the store's default region. */
  region_id?: string
}
export type AdminConvertPortalWorkRequestResponse = AdminPortalWorkRequestResponse & {
  quote: PortalQuoteRef
}
