import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DOCUMENTS_UPLOADED_EVENT } from "../workflows/collaboration/workflows/document-requests"
import { notifyDocumentsUploadedWorkflow } from "../workflows/collaboration/workflows/notify-documents-uploaded"

/** Tells staff a company is done uploading (the `documents_uploaded` alert), once per request. */
export default async function documentsUploadedAlert({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await notifyDocumentsUploadedWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: DOCUMENTS_UPLOADED_EVENT,
  context: { subscriberId: "portal-documents-uploaded-alert" },
}
