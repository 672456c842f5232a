import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { diffCompanyGroupStep } from "../steps/company-group"
import { loadMemberStep, removeMemberStep } from "../steps/members"
import { recordAccessEventsStep } from "../steps/record-access-events"

/**
 * Staff take a contact out of a company: the member and their team places
 * are removed (soft) and the customer leaves the company's customer group.
 * The customer record itself stays. Audited as member_removed.
 */
export const removeMemberWorkflow = createWorkflow(
  "portal-remove-member",
  (input: { company_id: string; member_id: string; actor_id: string }) => {
    const member = loadMemberStep(input)
    removeMemberStep(input.member_id)
    const change = diffCompanyGroupStep(input.company_id)
    linkCustomersToCustomerGroupStep(change)
    recordAccessEventsStep(
      transform({ input, member }, ({ input, member }) => [
        {
          type: "member_removed" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: input.company_id,
          member_id: member.id,
          data: { customer_id: member.customer_id },
        },
      ])
    )
    return new WorkflowResponse(member.id)
  }
)
