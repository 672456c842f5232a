import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAccessEventsStep } from "../steps/record-access-events"
import { ensureDefaultTeamsStep, updateTeamStep } from "../steps/teams"

export type UpdateTeamWorkflowInput = {
  id: string
  name?: string
  permissions?: string[]
  actor_id: string
}

/**
 * Staff rename a team or change its permissions. A default team keeps its
 * name and handle (409) but its permissions may change. Audited as
 * team_updated with the values before and after.
 */
export const updateTeamWorkflow = createWorkflow(
  "portal-update-team",
  (input: UpdateTeamWorkflowInput) => {
    ensureDefaultTeamsStep()
    const result = updateTeamStep(
      transform({ input }, ({ input }) => {
        const { actor_id: _actor, ...changes } = input
        return changes
      })
    )
    recordAccessEventsStep(
      transform({ input, result }, ({ input, result }) => [
        {
          type: "team_updated" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: null,
          data: {
            team_id: result.after.id,
            handle: result.after.handle,
            before: { name: result.before.name, permissions: result.before.permissions },
            after: { name: result.after.name, permissions: result.after.permissions },
          },
        },
      ])
    )
    return new WorkflowResponse(transform({ result }, ({ result }) => result.after))
  }
)
