import { listPage } from "../../../utils/list-page"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ACCOUNTS_MODULE } from "../../../../modules/accounts"
import type AccountsModuleService from "../../../../modules/accounts/service"
import { createTeamWorkflow } from "../../../../workflows/portal"
import { runWorkflow } from "../../../utils/run-workflow"
import type {
  AdminCreatePortalTeamBody,
  AdminPortalTeamListResponse,
  AdminPortalTeamResponse,
} from "../../../../shared/http"
import { fetchTeam, presentTeam } from "./presenters"

/** Every team, the two default ones included (created here on first read). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalTeamListResponse>
) => {
  await req.scope.resolve<AccountsModuleService>(ACCOUNTS_MODULE).ensureDefaultTeams()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "portal_team",
    fields: req.queryConfig.fields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    teams: data.map(presentTeam),
    ...listPage(data, metadata),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreatePortalTeamBody>,
  res: MedusaResponse<AdminPortalTeamResponse>
) => {
  const team = await runWorkflow(createTeamWorkflow, req.scope, {
    ...req.validatedBody,
    actor_id: req.auth_context.actor_id,
  })
  res.status(201).json({ team: await fetchTeam(req.scope, team.id) })
}
