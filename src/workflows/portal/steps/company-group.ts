import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountsService } from "./portal-service"

export type CompanyGroupChange = { id: string; add: string[]; remove: string[] }

/**
 * What the company's Medusa customer group must gain and lose so that it holds
 * exactly the company's active members whose invitation was accepted, or nobody while portal access is
 * withdrawn (docs/ARCHITECTURE.md, "Accounts"). Fed to Medusa's
 * linkCustomersToCustomerGroupStep, whose compensation undoes the change.
 */
export const diffCompanyGroupStep = createStep(
  "portal-diff-company-group",
  async (company_id: string, { container }) => {
    const accounts = accountsService(container)
    const company = await accounts.retrievePortalCompany(company_id)
    const members: { customer_id: string }[] = company.allow_portal
      ? await accounts.listPortalMembers(
          { company_id, status: "active", activated_at: { $ne: null } },
          { select: ["customer_id"] }
        )
      : []
    const wanted = new Set(members.map((member) => member.customer_id))
    const { data: groups } = await container.resolve("query").graph({
      entity: "customer_group",
      fields: ["id", "customers.id"],
      filters: { id: company.customer_group_id },
    })
    const customers = (groups[0]?.customers ?? []) as ({ id: string } | null)[]
    const current = new Set<string>(
      customers.flatMap((customer) => (customer ? [customer.id] : []))
    )
    const change: CompanyGroupChange = {
      id: company.customer_group_id,
      add: [...wanted].filter((id) => !current.has(id)),
      remove: [...current].filter((id) => !wanted.has(id)),
    }
    return new StepResponse(change)
  }
)

/** Renames the company's customer group with it; compensation puts the old name back. */
export const renameCustomerGroupStep = createStep(
  "portal-rename-customer-group",
  async (input: { id: string; name?: string }, { container }) => {
    if (input.name === undefined) return new StepResponse(undefined, undefined)
    const customers = container.resolve(Modules.CUSTOMER)
    const before = await customers.retrieveCustomerGroup(input.id)
    if (before.name === input.name) return new StepResponse(undefined, undefined)
    await customers.updateCustomerGroups(input.id, { name: input.name })
    return new StepResponse(undefined, { id: input.id, name: before.name })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container
      .resolve(Modules.CUSTOMER)
      .updateCustomerGroups(previous.id, { name: previous.name ?? undefined })
  }
)
