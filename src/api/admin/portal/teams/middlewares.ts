import {
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { NoBody } from "../../../utils/query-params"
import { validateParams } from "../../../utils/validate-params"
import { AdminCreateTeam, AdminListTeamsParams, AdminUpdateTeam, TeamParams } from "./validators"
import { listTeamsQueryConfig } from "./query-config"

const TEAMS = "/admin/portal/teams"
const teamParams = validateParams(TeamParams)

/** Portal teams and their permissions (docs/ARCHITECTURE.md, "Permission model"). */
export const adminPortalTeamRoutesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: TEAMS,
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminListTeamsParams, listTeamsQueryConfig)],
  },
  { matcher: TEAMS, method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateTeam)] },
  {
    matcher: `${TEAMS}/:id`,
    method: ["POST"],
    middlewares: [teamParams, validateAndTransformBody(AdminUpdateTeam)],
  },
  {
    matcher: `${TEAMS}/:id`,
    method: ["DELETE"],
    middlewares: [teamParams, validateAndTransformBody(NoBody)],
  },
]
