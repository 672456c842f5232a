import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTeamWorkflow, updateTeamWorkflow } from "../../../../../workflows/portal"
import { runWorkflow } from "../../../../utils/run-workflow"
import type {
  AdminPortalTeamDeleteResponse,
  AdminPortalTeamResponse,
  AdminUpdatePortalTeamBody,
} from "../../../../../shared/http"
import { fetchTeam } from "../presenters"

/** Renames a team or sets its permissions; a default team keeps its name (409). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdatePortalTeamBody>,
  res: MedusaResponse<AdminPortalTeamResponse>
) => {
  await runWorkflow(updateTeamWorkflow, req.scope, {
    ...req.validatedBody,
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ team: await fetchTeam(req.scope, req.params.id) })
}

/** Refused (409) for a default team and for a team that still has members. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalTeamDeleteResponse>
) => {
  await runWorkflow(deleteTeamWorkflow, req.scope, {
    id: req.params.id,
    actor_id: req.auth_context.actor_id,
  })
  res.json({ id: req.params.id, object: "portal_team", deleted: true })
}
