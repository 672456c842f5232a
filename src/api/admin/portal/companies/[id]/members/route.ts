import { listPage } from "../../../../../utils/list-page"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addCompanyMemberWorkflow } from "../../../../../../workflows/portal"
import { runWorkflow } from "../../../../../utils/run-workflow"
import type {
  AdminAddPortalCompanyMemberBody,
  AdminPortalCompanyMemberListResponse,
  AdminPortalCompanyMemberResponse,
} from "../../../../../../shared/http"
import type { AdminListCompanyMembersParamsType } from "../../validators"
import { fetchCompany, fetchMember, type MemberRow, withCustomersAndTeams } from "../../presenters"

/** The company's members with their customer and teams. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCompanyMembersParamsType>,
  res: MedusaResponse<AdminPortalCompanyMemberListResponse>
) => {
  await fetchCompany(req.scope, req.params.id)
  const { status } = req.filterableFields as AdminListCompanyMembersParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_member",
    fields: req.queryConfig.fields,
    filters: { company_id: req.params.id, ...(status ? { status } : {}) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    members: await withCustomersAndTeams(req.scope, data as MemberRow[]),
    ...listPage(data, metadata),
  })
}

/** Adds an existing customer (customer_id) or a new guest customer (customer) to the company. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddPortalCompanyMemberBody>,
  res: MedusaResponse<AdminPortalCompanyMemberResponse>
) => {
  const member = await runWorkflow(addCompanyMemberWorkflow, req.scope, {
    ...req.validatedBody,
    company_id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ member: await fetchMember(req.scope, req.params.id, member.id) })
}
