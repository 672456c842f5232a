import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"

/**
 * Freezes the template version a quote is sent with, so later edits make a new version. No
 * compensation on purpose: another quote may use the version meanwhile, and an unused frozen
 * version costs only a number.
 */
export const markAgreementTemplateInUseStep = createStep(
  "portal-mark-agreement-template-in-use",
  async ({ template_id }: { template_id: string }, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    return new StepResponse(await agreements.markTemplateInUse(template_id))
  }
)
