import {
  createCustomersWorkflow,
  linkCustomersToCustomerGroupStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { diffCompanyGroupStep } from "../steps/company-group"
import { loadCompanyStep } from "../steps/companies"
import { checkMemberCustomerStep, createMemberStep } from "../steps/members"
import { recordAccessEventsStep } from "../steps/record-access-events"
import { resolveTeamsStep, setMemberTeamsStep } from "../steps/teams"

export type AddCompanyMemberWorkflowInput = {
  company_id: string
  actor_id: string
  /** An existing customer… */
  customer_id?: string
  /** …or a new one, created as a guest customer (no login yet). */
  customer?: { email: string; first_name?: string | null; last_name?: string | null }
  /** Omitted: the default teams of the company's sides. */
  team_ids?: string[]
}

/**
 * Staff add a contact to a company, with their teams; an active member of a
 * company with portal access joins its customer group. Audited as
 * member_added and one team_granted per team.
 */
export const addCompanyMemberWorkflow = createWorkflow(
  "portal-add-company-member",
  (input: AddCompanyMemberWorkflowInput) => {
    const company = loadCompanyStep(input.company_id)
    checkMemberCustomerStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        email: input.customer?.email,
      }))
    )
    const teams = resolveTeamsStep(
      transform({ input, company }, ({ input, company }) => ({ team_ids: input.team_ids, company }))
    )
    const created = when({ input }, ({ input }) => !input.customer_id).then(() =>
      createCustomersWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          customersData: [{ ...input.customer!, has_account: false, created_by: input.actor_id }],
        })),
      })
    )
    const member = createMemberStep(
      transform({ input, created }, ({ input, created }) => ({
        company_id: input.company_id,
        customer_id: input.customer_id ?? created![0].id,
      }))
    )
    const teamChange = setMemberTeamsStep(
      transform({ member, teams }, ({ member, teams }) => ({
        member_id: member.id,
        team_ids: teams.map((team) => team.id),
      }))
    )
    const change = diffCompanyGroupStep(input.company_id)
    linkCustomersToCustomerGroupStep(change)
    recordAccessEventsStep(
      transform({ input, member, teams, teamChange }, ({ input, member, teams, teamChange }) => {
        const base = {
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: input.company_id,
          member_id: member.id,
        }
        return [
          {
            ...base,
            type: "member_added" as const,
            data: { customer_id: member.customer_id, created_customer: !input.customer_id },
          },
          ...teamChange.granted.map((team_id) => ({
            ...base,
            type: "team_granted" as const,
            data: { team_id, team: teams.find((team) => team.id === team_id)?.handle },
          })),
        ]
      })
    )
    return new WorkflowResponse(member)
  }
)
