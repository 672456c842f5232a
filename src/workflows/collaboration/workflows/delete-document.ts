import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDocumentStep } from "../steps/documents"

/** Staff remove a shared document: it leaves the portal and its file is deleted. */
export const deleteDocumentWorkflow = createWorkflow(
  "portal-delete-document",
  (input: { id: string }) => new WorkflowResponse(deleteDocumentStep(input))
)
