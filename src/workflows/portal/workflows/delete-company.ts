import { deleteCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertCompanyDeletableStep,
  loadCompanyStep,
  softDeleteCompanyStep,
} from "../steps/companies"
import { recordAccessEventsStep } from "../steps/record-access-events"
import { syncPortalPromotionsWorkflow } from "./sync-portal-promotions"

/**
 * Staff delete a company that has no members and no quotes (else 409), with
 * its customer group; the audit trail keeps a company_deleted entry.
 */
export const deleteCompanyWorkflow = createWorkflow(
  "portal-delete-company",
  (input: { id: string; actor_id: string }) => {
    const company = loadCompanyStep(input.id)
    assertCompanyDeletableStep(input.id)
    softDeleteCompanyStep(input.id)
    deleteCustomerGroupsWorkflow.runAsStep({
      input: transform({ company }, ({ company }) => ({ ids: [company.customer_group_id] })),
    })
    syncPortalPromotionsWorkflow.runAsStep({ input: undefined })
    recordAccessEventsStep(
      transform({ input, company }, ({ input, company }) => [
        {
          type: "company_deleted" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: company.id,
          data: { name: company.name },
        },
      ])
    )
    return new WorkflowResponse(company.id)
  }
)
