import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"
import type { AgreementTemplateContent } from "../../../modules/agreement/service"

/** Stores version 1 of a new template; an invalid body is refused before anything is written. */
export const createAgreementTemplateStep = createStep(
  "portal-create-agreement-template",
  async (data: AgreementTemplateContent, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const template = await agreements.createTemplate(data)
    return new StepResponse(template, template.id)
  },
  async (id, { container }) => {
    if (!id) return
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    await agreements.deletePortalAgreementTemplates(id)
  }
)
