import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AgreementTemplateContent } from "../../../modules/agreement/service"
import { createAgreementTemplateStep } from "../steps/create-agreement-template"

export type CreateAgreementTemplateWorkflowInput = AgreementTemplateContent

/** Staff write a new agreement template; an unknown variable is refused (400). */
export const createAgreementTemplateWorkflow = createWorkflow(
  "portal-create-agreement-template",
  (input: CreateAgreementTemplateWorkflowInput) => {
    return new WorkflowResponse(createAgreementTemplateStep(input))
  }
)
