import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DOCUMENTS_REQUESTED_EVENT } from "../workflows/collaboration/workflows/document-requests"
import { notifyContactsDocumentsRequestedWorkflow } from "../workflows/collaboration/workflows/notify-contacts-documents-requested"

/** Staff asked a company for documents: its contacts who may upload are emailed, once. */
export default async function documentsRequestedEmail({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyContactsDocumentsRequestedWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: DOCUMENTS_REQUESTED_EVENT,
  context: { subscriberId: "portal-documents-requested-email" },
}
