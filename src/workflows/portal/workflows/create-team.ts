import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAccessEventsStep } from "../steps/record-access-events"
import { createTeamStep, ensureDefaultTeamsStep } from "../steps/teams"

export type CreateTeamWorkflowInput = {
  name: string
  /** Default: the name in kebab case. Never changes afterwards. */
  handle?: string
  permissions: string[]
  actor_id: string
}

/** "Accounts Payable" → "accounts-payable". */
export const handleFromName = (name: string) =>
  name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "team"

/**
 * Staff create a team with permissions from the catalogue (400 for any
 * other); audited as team_created.
 */
export const createTeamWorkflow = createWorkflow(
  "portal-create-team",
  (input: CreateTeamWorkflowInput) => {
    ensureDefaultTeamsStep()
    const team = createTeamStep(
      transform({ input }, ({ input }) => ({
        name: input.name,
        handle: input.handle ?? handleFromName(input.name),
        permissions: input.permissions,
      }))
    )
    recordAccessEventsStep(
      transform({ input, team }, ({ input, team }) => [
        {
          type: "team_created" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: null,
          data: {
            team_id: team.id,
            handle: team.handle,
            name: team.name,
            permissions: team.permissions,
          },
        },
      ])
    )
    return new WorkflowResponse(team)
  }
)
