import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { ACCOUNTS_MODULE } from "../../../modules/accounts"

export type CompanyOrderInput = { order_id: string; company_id?: string | null }

/**
 * Links a new order to the company it was placed for (src/links/company-order.ts;
 * docs/ARCHITECTURE.md, "Relations"); nothing for an order without a company.
 * The step's compensation dismisses the link, so a failed acceptance leaves none.
 */
export function linkOrderToCompany(input: WorkflowData<CompanyOrderInput>) {
  return createRemoteLinkStep(
    transform({ input }, ({ input }): LinkDefinition[] =>
      input.company_id
        ? [
            {
              [ACCOUNTS_MODULE]: { portal_company_id: input.company_id },
              [Modules.ORDER]: { order_id: input.order_id },
            },
          ]
        : []
    )
  ).config({ name: "portal-link-company-order" })
}
