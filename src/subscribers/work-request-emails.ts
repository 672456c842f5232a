import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  notifyContactsWorkRequestReplyWorkflow,
  notifyWorkRequestStaffWorkflow,
} from "../workflows/collaboration/workflows/notify-work-requests"
import { WORK_REQUEST_EVENTS } from "../workflows/collaboration/workflows/work-requests"

type WorkRequestEventData = { id: string; request_id?: string; author_type?: string }

/**
 * A contact submitted a work request or answered in its thread: staff are alerted. Staff
 * answered: the company's contacts hear of it (docs/ARCHITECTURE.md, "Work requests").
 */
export default async function workRequestEmails({
  event,
  container,
}: SubscriberArgs<WorkRequestEventData>) {
  if (event.name === WORK_REQUEST_EVENTS.SUBMITTED) {
    await notifyWorkRequestStaffWorkflow(container).run({ input: { id: event.data.id } })
    return
  }
  const requestId = event.data.request_id
  if (!requestId) return
  if (event.data.author_type === "staff") {
    await notifyContactsWorkRequestReplyWorkflow(container).run({
      input: { id: requestId, message_id: event.data.id },
    })
    return
  }
  await notifyWorkRequestStaffWorkflow(container).run({
    input: { id: requestId, message_id: event.data.id },
  })
}

export const config: SubscriberConfig = {
  event: [WORK_REQUEST_EVENTS.SUBMITTED, WORK_REQUEST_EVENTS.MESSAGE_CREATED],
  context: { subscriberId: "portal-work-request-emails" },
}
