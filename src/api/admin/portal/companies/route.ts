import { listPage } from "../../../utils/list-page"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCompanyWorkflow } from "../../../../workflows/portal"
import { runWorkflow } from "../../../utils/run-workflow"
import type {
  AdminCreatePortalCompanyBody,
  AdminPortalCompanyListResponse,
  AdminPortalCompanyResponse,
} from "../../../../shared/http"
import type { AdminListCompaniesParamsType } from "./validators"
import { fetchCompany, type MemberRow, presentCompany, withCustomersAndTeams } from "./presenters"
import { MEMBER_FIELDS } from "./query-config"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCompaniesParamsType>,
  res: MedusaResponse<AdminPortalCompanyListResponse>
) => {
  const { q, allow_portal, is_customer, is_supplier, customer_id } =
    req.filterableFields as AdminListCompaniesParamsType
  const filters: Record<string, unknown> = {}
  if (q) filters.name = { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` }
  if (allow_portal) filters.allow_portal = allow_portal === "true"
  if (is_customer) filters.is_customer = is_customer === "true"
  if (is_supplier) filters.is_supplier = is_supplier === "true"
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const memberships = customer_id
    ? (
        await query.graph({
          entity: "portal_member",
          fields: MEMBER_FIELDS,
          filters: { customer_id },
        })
      ).data
    : null
  if (memberships) filters.id = memberships.map((member) => member.company_id)
  const { data, metadata } =
    memberships?.length === 0
      ? { data: [], metadata: undefined }
      : await query.graph({
          entity: "portal_company",
          fields: req.queryConfig.fields,
          filters,
          pagination: req.queryConfig.pagination,
        })
  // The customer's membership of each company (status, teams, invitation), for their page.
  const members = memberships
    ? await withCustomersAndTeams(req.scope, memberships as MemberRow[])
    : []
  const memberOf = new Map(memberships?.map((member, i) => [member.company_id, members[i]]))
  res.json({
    companies: memberships
      ? data.map((company) => ({
          ...presentCompany(company),
          member: memberOf.get(company.id) ?? null,
        }))
      : data.map(presentCompany),
    ...listPage(data, metadata),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePortalCompanyBody>,
  res: MedusaResponse<AdminPortalCompanyResponse>
) => {
  const company = await runWorkflow(createCompanyWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ company: await fetchCompany(req.scope, company.id) })
}
