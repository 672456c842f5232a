import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"
import type { AgreementTemplateContent } from "../../../modules/agreement/service"

export type ReviseAgreementTemplateData = { id: string } & Partial<AgreementTemplateContent>

/**
 * Edits a template: in place while its latest version is unused, as a new
 * version once it is in use. Compensation drops that new version or restores
 * the previous text.
 */
export const reviseAgreementTemplateStep = createStep(
  "portal-revise-agreement-template",
  async ({ id, ...changes }: ReviseAgreementTemplateData, { container }) => {
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const revision = await agreements.reviseTemplate(id, changes)
    return new StepResponse(revision.template, revision)
  },
  async (revision, { container }) => {
    if (!revision) return
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    await agreements.revertRevision(revision)
  }
)
