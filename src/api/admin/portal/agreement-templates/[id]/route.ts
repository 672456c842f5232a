import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteAgreementTemplateWorkflow,
  updateAgreementTemplateWorkflow,
} from "../../../../../workflows/agreement"
import { fetchAgreementTemplate } from "../presenters"
import { runWorkflow } from "../../../../utils/run-workflow"
import type { AdminUpdateAgreementTemplateType } from "../validators"
import type {
  AdminPortalAgreementTemplateDeleteResponse,
  AdminPortalAgreementTemplateResponse,
} from "../../../../../shared/http"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalAgreementTemplateResponse>
) => {
  res.json({ agreement_template: await fetchAgreementTemplate(req.scope, req.params.id) })
}

/** Answers the template's latest version: this one changed, or the new version. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateAgreementTemplateType>,
  res: MedusaResponse<AdminPortalAgreementTemplateResponse>
) => {
  const latest = await runWorkflow(updateAgreementTemplateWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
  })
  res.json({ agreement_template: await fetchAgreementTemplate(req.scope, latest.id) })
}

/** Deletes the whole template (every version), reached through any of its versions. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalAgreementTemplateDeleteResponse>
) => {
  const ids = await runWorkflow(deleteAgreementTemplateWorkflow, req.scope, { id: req.params.id })
  res.json({ id: req.params.id, object: "portal_agreement_template", deleted: true, ids })
}
