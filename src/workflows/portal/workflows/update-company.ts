import { linkCustomersToCustomerGroupStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { diffCompanyGroupStep, renameCustomerGroupStep } from "../steps/company-group"
import {
  assertCompanyNameFreeStep,
  type CompanyFields,
  loadCompanyStep,
  updateCompanyStep,
} from "../steps/companies"
import { type AccessEventInput, recordAccessEventsStep } from "../steps/record-access-events"
import { syncPortalPromotionsWorkflow } from "./sync-portal-promotions"

export type UpdateCompanyWorkflowInput = Partial<CompanyFields> & { id: string; actor_id: string }

/**
 * Staff change a company. Its customer group is renamed with it; turning
 * `allow_portal` off empties the group (portal_withdrawn), turning it on puts
 * the active members back (portal_allowed). Every change is audited.
 */
export const updateCompanyWorkflow = createWorkflow(
  "portal-update-company",
  (input: UpdateCompanyWorkflowInput) => {
    const before = loadCompanyStep(input.id)
    assertCompanyNameFreeStep(
      transform({ input, before }, ({ input, before }) => ({
        name: input.name === before.name ? undefined : input.name,
        company_id: before.id,
        customer_group_id: before.customer_group_id,
      }))
    )
    const company = updateCompanyStep(
      transform({ input }, ({ input }) => {
        const { id, actor_id: _actor, ...changes } = input
        return { id, changes }
      })
    )
    renameCustomerGroupStep(
      transform({ input, before }, ({ input, before }) => ({
        id: before.customer_group_id,
        name: input.name,
      }))
    )
    const change = diffCompanyGroupStep(input.id)
    linkCustomersToCustomerGroupStep(change)
    syncPortalPromotionsWorkflow.runAsStep({ input: undefined })
    recordAccessEventsStep(
      transform({ input, before, company }, ({ input, before, company }) => {
        const changed = Object.fromEntries(
          (["name", "is_customer", "is_supplier", "discount_percent", "language"] as const)
            .filter((key) => input[key] !== undefined && input[key] !== before[key])
            .map((key) => [key, { from: before[key], to: company[key] }])
        )
        const base = {
          actor_type: "staff" as const,
          actor_id: input.actor_id,
          company_id: company.id,
        }
        const events: AccessEventInput[] = []
        if (Object.keys(changed).length) {
          events.push({ ...base, type: "company_updated", data: { changes: changed } })
        }
        if (before.allow_portal !== company.allow_portal) {
          events.push({
            ...base,
            type: company.allow_portal ? "portal_allowed" : "portal_withdrawn",
          })
        }
        return events
      })
    )
    return new WorkflowResponse(company)
  }
)
