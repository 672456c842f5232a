import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAccessEventsStep } from "../steps/record-access-events"
import {
  assertTeamDeletableStep,
  ensureDefaultTeamsStep,
  loadTeamStep,
  softDeleteTeamStep,
} from "../steps/teams"

/**
 * Staff delete a team; refused (409) for the default teams and for a team
 * that still has members, so no one loses access as a side effect. Audited
 * as team_deleted.
 */
export const deleteTeamWorkflow = createWorkflow(
  "portal-delete-team",
  (input: { id: string; actor_id: string }) => {
    ensureDefaultTeamsStep()
    const team = loadTeamStep(input.id)
    assertTeamDeletableStep(team)
    softDeleteTeamStep(input.id)
    recordAccessEventsStep(
      transform({ input, team }, ({ input, team }) => [
        {
          type: "team_deleted" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: null,
          data: { team_id: team.id, handle: team.handle, name: team.name },
        },
      ])
    )
    return new WorkflowResponse(input.id)
  }
)
