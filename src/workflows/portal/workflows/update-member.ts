import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberStatus } from "../../../modules/accounts/models"
import { loadCompanyStep } from "../steps/companies"
import { diffCompanyGroupStep } from "../steps/company-group"
import { loadMemberStep, updateMemberStatusStep } from "../steps/members"
import { type AccessEventInput, recordAccessEventsStep } from "../steps/record-access-events"
import { resolveTeamsStep, setMemberTeamsStep } from "../steps/teams"

export type UpdateMemberWorkflowInput = {
  company_id: string
  member_id: string
  actor_id: string
  status?: MemberStatus
  /** The member's teams from now on (replaces the current ones). */
  team_ids?: string[]
}

/**
 * Staff enable or disable a member and set their teams. A disabled member
 * leaves the company's customer group; each grant, revoke and status change
 * is audited.
 */
export const updateMemberWorkflow = createWorkflow(
  "portal-update-member",
  (input: UpdateMemberWorkflowInput) => {
    const member = loadMemberStep(input)
    const company = loadCompanyStep(input.company_id)
    const teams = resolveTeamsStep(
      transform({ input, company }, ({ input, company }) => ({
        team_ids: input.team_ids ?? [],
        company,
      }))
    )
    const status = updateMemberStatusStep(
      transform({ input }, ({ input }) => ({ id: input.member_id, status: input.status }))
    )
    const teamChange = setMemberTeamsStep(
      transform({ input }, ({ input }) => ({
        member_id: input.member_id,
        team_ids: input.team_ids,
      }))
    )
    const change = diffCompanyGroupStep(input.company_id)
    linkCustomersToCustomerGroupStep(change)
    recordAccessEventsStep(
      transform(
        { input, member, teams, status, teamChange },
        ({ input, member, teams, status, teamChange }) => {
          const base = {
            actor_type: "staff" as const,
            actor_id: input.actor_id,
            company_id: input.company_id,
            member_id: member.id,
          }
          const events: AccessEventInput[] = []
          if (status.before !== status.after) {
            events.push({
              ...base,
              type: status.after === "disabled" ? "member_disabled" : "member_enabled",
              data: { customer_id: member.customer_id },
            })
          }
          const handle = (id: string) => teams.find((team) => team.id === id)?.handle
          for (const team_id of teamChange.granted) {
            events.push({ ...base, type: "team_granted", data: { team_id, team: handle(team_id) } })
          }
          for (const team_id of teamChange.revoked) {
            events.push({ ...base, type: "team_revoked", data: { team_id } })
          }
          return events
        }
      )
    )
    return new WorkflowResponse(member)
  }
)
