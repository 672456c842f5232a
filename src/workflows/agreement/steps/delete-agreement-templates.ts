import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"

/** Soft-deletes template versions; compensation restores them. */
export const deleteAgreementTemplatesStep = createStep(
  "portal-delete-agreement-templates",
  async (ids: string[], { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    await agreements.softDeletePortalAgreementTemplates(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    await agreements.restorePortalAgreementTemplates(ids)
  }
)
