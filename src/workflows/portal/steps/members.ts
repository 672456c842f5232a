import { Modules, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberStatus } from "../../../modules/accounts/models"
import type { PortalMemberDTO } from "../../../modules/accounts/service"
import { accountsService } from "./portal-service"

/** The member, or 404 when there is none with this id in this company. */
export const loadMemberStep = createStep(
  "portal-load-member",
  async (input: { company_id: string; member_id: string }, { container }) => {
    const [member] = await accountsService(container).listPortalMembers(
      { id: input.member_id, company_id: input.company_id },
      { take: 1 }
    )
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Member ${input.member_id} of company ${input.company_id} was not found`
      )
    }
    return new StepResponse(member as unknown as PortalMemberDTO)
  }
)

/** The customer to add exists (else 400), or, for a new contact, their email is free (else 409). */
export const checkMemberCustomerStep = createStep(
  "portal-check-member-customer",
  async (input: { customer_id?: string; email?: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    if (input.customer_id) {
      const [customer] = await customers.listCustomers({ id: input.customer_id }, { take: 1 })
      if (!customer) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Customer ${input.customer_id} does not exist`
        )
      }
      return
    }
    const [existing] = await customers.listCustomers({ email: input.email }, { take: 1 })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A customer with the email ${input.email} already exists (${existing.id}); add them by customer_id`
      )
    }
  }
)

/** Adds the customer to the company (409 if they already are a member); compensation deletes the row. */
export const createMemberStep = createStep(
  "portal-create-member",
  async (input: { company_id: string; customer_id: string }, { container }) => {
    const accounts = accountsService(container)
    const [existing] = await accounts.listPortalMembers(input, { take: 1 })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Customer ${input.customer_id} is already a member of this company (${existing.id})`
      )
    }
    const member = await accounts.createPortalMembers({
      company_id: input.company_id,
      customer_id: input.customer_id,
      status: "active",
    })
    return new StepResponse(member as unknown as PortalMemberDTO, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    const accounts = accountsService(container)
    const links = await accounts.listPortalMemberTeams({ member_id: id }, { withDeleted: true })
    if (links.length) await accounts.deletePortalMemberTeams(links.map((link) => link.id))
    await accounts.deletePortalMembers(id)
  }
)

/** Sets a member's status; compensation puts the old one back. */
export const updateMemberStatusStep = createStep(
  "portal-update-member-status",
  async (input: { id: string; status?: MemberStatus }, { container }) => {
    const accounts = accountsService(container)
    const before = await accounts.retrievePortalMember(input.id)
    type Change = { before: MemberStatus; after: MemberStatus }
    type Undo = { id: string; status: MemberStatus } | null
    if (!input.status || input.status === before.status) {
      return new StepResponse<Change, Undo>({ before: before.status, after: before.status }, null)
    }
    await accounts.updatePortalMembers({ id: input.id, status: input.status })
    return new StepResponse<Change, Undo>(
      { before: before.status, after: input.status },
      { id: input.id, status: before.status }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await accountsService(container).updatePortalMembers(previous)
  }
)

/** Removes a member and their team places (soft); compensation restores them. */
export const removeMemberStep = createStep(
  "portal-remove-member",
  async (id: string, { container }) => {
    const accounts = accountsService(container)
    const links = await accounts.listPortalMemberTeams({ member_id: id })
    const linkIds = links.map((link) => link.id)
    if (linkIds.length) await accounts.softDeletePortalMemberTeams(linkIds)
    await accounts.softDeletePortalMembers(id)
    return new StepResponse(id, { id, linkIds })
  },
  async (undo, { container }) => {
    if (!undo) return
    const accounts = accountsService(container)
    await accounts.restorePortalMembers(undo.id)
    if (undo.linkIds.length) await accounts.restorePortalMemberTeams(undo.linkIds)
  }
)
