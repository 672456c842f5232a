import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertAgreementTemplateUnusedStep } from "../steps/assert-agreement-template-unused"
import { deleteAgreementTemplatesStep } from "../steps/delete-agreement-templates"
import { loadAgreementTemplateFamilyStep } from "../steps/load-agreement-template-family"

/**
 * Staff delete a template with all its versions, reached through any of them;
 * refused (409) once any version is sent, signed or attached to a quote.
 */
export const deleteAgreementTemplateWorkflow = createWorkflow(
  "portal-delete-agreement-template",
  (input: { id: string }) => {
    const versions = loadAgreementTemplateFamilyStep(input.id)
    assertAgreementTemplateUnusedStep({ versions })
    const ids = transform({ versions }, ({ versions }) => versions.map((version) => version.id))
    deleteAgreementTemplatesStep(ids)
    return new WorkflowResponse(ids)
  }
)
