import { createCustomerGroupsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertCompanyNameFreeStep,
  type CompanyFields,
  createCompanyStep,
} from "../steps/companies"
import { recordAccessEventsStep } from "../steps/record-access-events"
import { syncPortalPromotionsWorkflow } from "./sync-portal-promotions"

export type CreateCompanyWorkflowInput = CompanyFields & { actor_id: string }

/**
 * Staff create a company with its Medusa customer group of the same name
 * (docs/ARCHITECTURE.md, "Accounts"); recorded as company_created.
 */
export const createCompanyWorkflow = createWorkflow(
  "portal-create-company",
  (input: CreateCompanyWorkflowInput) => {
    assertCompanyNameFreeStep({ name: input.name })
    const groups = createCustomerGroupsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        customersData: [{ name: input.name, created_by: input.actor_id }],
      })),
    })
    const company = createCompanyStep(
      transform({ input, groups }, ({ input, groups }) => {
        const { actor_id: _actor, ...fields } = input
        return { ...fields, customer_group_id: groups[0].id }
      })
    )
    syncPortalPromotionsWorkflow.runAsStep({ input: undefined })
    recordAccessEventsStep(
      transform({ input, company }, ({ input, company }) => [
        {
          type: "company_created" as const,
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: company.id,
          data: {
            name: company.name,
            allow_portal: company.allow_portal,
            is_customer: company.is_customer,
            is_supplier: company.is_supplier,
            discount_percent: company.discount_percent,
            language: company.language,
          },
        },
      ])
    )
    return new WorkflowResponse(company)
  }
)
