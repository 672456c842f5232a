import { Modules, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PortalCompanyDTO } from "../../../modules/accounts/service"
import { accountsService } from "./portal-service"

export type CompanyFields = {
  name: string
  allow_portal?: boolean
  is_customer?: boolean
  is_supplier?: boolean
  discount_percent?: number | null
  /** The language its contacts read the portal in until they choose (docs/ARCHITECTURE.md, "Languages"). */
  language?: string | null
}

/** The company, or 404. */
export const loadCompanyStep = createStep(
  "portal-load-company",
  async (id: string, { container }) => {
    const company = await accountsService(container).retrievePortalCompany(id)
    return new StepResponse(company as PortalCompanyDTO)
  }
)

/**
 * Refuses (409) a name that another company, or a customer group other than
 * this company's own, already has: the company's customer group carries its
 * name, and Medusa keeps group names unique.
 */
export const assertCompanyNameFreeStep = createStep(
  "portal-assert-company-name-free",
  async (
    input: { name?: string; company_id?: string; customer_group_id?: string },
    { container }
  ) => {
    if (input.name === undefined) return
    const [other] = await accountsService(container).listPortalCompanies(
      { name: input.name },
      { take: 1 }
    )
    if (other && other.id !== input.company_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A company named "${input.name}" already exists`
      )
    }
    const [group] = await container
      .resolve(Modules.CUSTOMER)
      .listCustomerGroups({ name: input.name }, { take: 1 })
    if (group && group.id !== input.customer_group_id) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A customer group named "${input.name}" already exists; choose another company name`
      )
    }
  }
)

/** Stores a new company; compensation deletes it. */
export const createCompanyStep = createStep(
  "portal-create-company",
  async (data: CompanyFields & { customer_group_id: string }, { container }) => {
    const company = await accountsService(container).createPortalCompanies(data)
    return new StepResponse(company as PortalCompanyDTO, company.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountsService(container).deletePortalCompanies(id)
  }
)

/** Changes a company's fields; compensation puts back the values they had. */
export const updateCompanyStep = createStep(
  "portal-update-company",
  async (input: { id: string; changes: Partial<CompanyFields> }, { container }) => {
    const accounts = accountsService(container)
    const before = await accounts.retrievePortalCompany(input.id)
    const previous = Object.fromEntries(
      Object.keys(input.changes).map((key) => [key, before[key as keyof CompanyFields]])
    )
    const company = await accounts.updatePortalCompanies({ id: input.id, ...input.changes })
    return new StepResponse(company as PortalCompanyDTO, { id: input.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await accountsService(container).updatePortalCompanies({ id: undo.id, ...undo.previous })
  }
)

/** Refuses (409) to delete a company that still has members or quotes. */
export const assertCompanyDeletableStep = createStep(
  "portal-assert-company-deletable",
  async (id: string, { container }) => {
    const [member] = await accountsService(container).listPortalMembers(
      { company_id: id },
      { take: 1 }
    )
    if (member) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This company still has members; remove them before deleting it"
      )
    }
    const query = container.resolve("query")
    const { data: quotes } = await query.graph({
      entity: "portal_quote",
      fields: ["id"],
      filters: { company_id: id },
      pagination: { take: 1 },
    })
    if (quotes.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "Quotes belong to this company; it cannot be deleted"
      )
    }
  }
)

/** Soft-deletes the company; compensation restores it. */
export const softDeleteCompanyStep = createStep(
  "portal-soft-delete-company",
  async (id: string, { container }) => {
    await accountsService(container).softDeletePortalCompanies(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountsService(container).restorePortalCompanies(id)
  }
)
