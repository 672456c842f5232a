import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAgreementTemplateWorkflow } from "../../../../workflows/agreement"
import { fetchAgreementTemplate, withVersions } from "./presenters"
import { runWorkflow } from "../../../utils/run-workflow"
import type {
  AdminCreateAgreementTemplateType,
  AdminListAgreementTemplatesParamsType,
} from "./validators"
import type {
  AdminPortalAgreementTemplateListResponse,
  AdminPortalAgreementTemplateResponse,
} from "../../../../shared/http"

/** The latest version of each template, each with its family's versions. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListAgreementTemplatesParamsType>,
  res: MedusaResponse<AdminPortalAgreementTemplateListResponse>
) => {
  const { q } = req.filterableFields as AdminListAgreementTemplatesParamsType
  const filters: Record<string, unknown> = { is_latest: true }
  if (q) filters.name = { $ilike: `%${q}%` }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_agreement_template",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    agreement_templates: await withVersions(req.scope, data),
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateAgreementTemplateType>,
  res: MedusaResponse<AdminPortalAgreementTemplateResponse>
) => {
  const template = await runWorkflow(createAgreementTemplateWorkflow, req.scope, req.validatedBody)
  res.status(201).json({ agreement_template: await fetchAgreementTemplate(req.scope, template.id) })
}
