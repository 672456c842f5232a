import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"

/** Every version of the template `id` belongs to, oldest first; an unknown id is a 404. */
export const loadAgreementTemplateFamilyStep = createStep(
  "portal-load-agreement-template-family",
  async (id: string, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    return new StepResponse(await agreements.listTemplateFamily(id))
  }
)
