import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  ReviseAgreementTemplateData,
  reviseAgreementTemplateStep,
} from "../steps/revise-agreement-template"

export type UpdateAgreementTemplateWorkflowInput = ReviseAgreementTemplateData

/**
 * Staff edit a template. Quotes keep the version they were sent with: once a
 * version is in use, the edit becomes the next version. Returns the latest version.
 */
export const updateAgreementTemplateWorkflow = createWorkflow(
  "portal-update-agreement-template",
  (input: UpdateAgreementTemplateWorkflowInput) => {
    return new WorkflowResponse(reviseAgreementTemplateStep(input))
  }
)
