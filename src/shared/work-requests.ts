/**
 * Work requests (docs/ARCHITECTURE.md, "Work requests"): a company's contacts ask for a job
 * or report a problem; staff triage it, answer in its thread, and turn it into a quote.
 * Pure, so the server's checks, the admin and the storefront share them.
 */

/**
 * Where a request is: new until staff pick it up, in progress, waiting on the client (staff
 * asked something; the contact's answer moves it back to in progress), closed.
 */
export const WORK_REQUEST_STATUSES = ["new", "in_progress", "waiting_on_client", "closed"] as const
export type WorkRequestStatus = (typeof WORK_REQUEST_STATUSES)[number]

/** The statuses in which a request is still being worked on (the portal's "open" filter). */
export const OPEN_WORK_REQUEST_STATUSES: readonly WorkRequestStatus[] = [
  "new",
  "in_progress",
  "waiting_on_client",
]

export const MAX_WORK_REQUEST_SUBJECT_LENGTH = 200
export const MAX_WORK_REQUEST_DESCRIPTION_LENGTH = 10_000
export const MAX_WORK_REQUEST_MESSAGE_LENGTH = 10_000
/** The most files one request carries, from the contact and staff together. */
export const MAX_WORK_REQUEST_ATTACHMENTS = 20

/** "WR-1001": how a request is named on pages and in emails. */
export function formatWorkRequestNumber(displayNumber: number | string): string {
  return `WR-${displayNumber}`
}

/**
 * The status a contact's reply leaves: a request waiting on the client is answered, so it is
 * back in progress; any other status stays. A closed request takes no replies.
 */
export function statusAfterContactReply(status: WorkRequestStatus): WorkRequestStatus {
  return status === "waiting_on_client" ? "in_progress" : status
}
