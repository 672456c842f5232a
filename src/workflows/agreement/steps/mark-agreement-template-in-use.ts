import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"

/**
 * Freezes the template version a quote is sent with, so that later edits
 * create a new version and the quote keeps the text it was sent with.
 *
 * No compensation on purpose: another quote may have been sent with the same
 * version meanwhile, and a frozen version that no quote ended up using costs
 * nothing but a version number.
 */
export const markAgreementTemplateInUseStep = createStep(
  "portal-mark-agreement-template-in-use",
  async ({ template_id }: { template_id: string }, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    return new StepResponse(await agreements.markTemplateInUse(template_id))
  }
)
