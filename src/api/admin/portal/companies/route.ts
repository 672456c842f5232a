import { listPage } from "../../../utils/list-page"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyWorkflow } from "../../../../workflows/portal"
import { runWorkflow } from "../../../utils/run-workflow"
import type { AdminCreateCompanyType, AdminListCompaniesParamsType } from "./validators"
import { fetchCompany } from "./views"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCompaniesParamsType>,
  res: MedusaResponse
) => {
  const { q, allow_portal } = req.filterableFields as AdminListCompaniesParamsType
  const filters: Record<string, unknown> = {}
  if (q) filters.name = { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` }
  if (allow_portal) filters.allow_portal = allow_portal === "true"
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_company",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    companies: data,
    ...listPage(data, metadata),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCompanyType>,
  res: MedusaResponse
) => {
  const company = await runWorkflow(createCompanyWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ company: await fetchCompany(req.scope, company.id) })
}
